-- The shared store of several Newsdesk instances (issue 11). Applied by Flyway at start.

-- Updates from Telegram, stored before they are confirmed; claimed by workers with a lease.
CREATE TABLE updates (
    update_id   BIGINT PRIMARY KEY,
    chat        TEXT        NOT NULL,
    body        TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    lease_owner TEXT,
    lease_until TIMESTAMPTZ,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    done_at     TIMESTAMPTZ
);
-- the oldest waiting update of each chat is what can be claimed
CREATE INDEX updates_waiting ON updates (chat, update_id) WHERE done_at IS NULL;
CREATE INDEX updates_done ON updates (done_at) WHERE done_at IS NOT NULL;

-- When counting began, and the counters behind /stats.
CREATE TABLE store_facts (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO store_facts (name, value) VALUES ('since', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);

-- Questions the articles did not answer: text only, never who asked.
CREATE TABLE unanswered (
    question_key TEXT PRIMARY KEY,
    question     TEXT        NOT NULL,
    asked        BIGINT      NOT NULL,
    first_asked  TIMESTAMPTZ NOT NULL,
    last_asked   TIMESTAMPTZ NOT NULL
);
CREATE INDEX unanswered_last_asked ON unanswered (last_asked);

-- The model's conversation memory (LangChain4j's messages as JSON) and each chat's last questions.
CREATE TABLE conversations (
    memory_id  TEXT PRIMARY KEY,
    messages   TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE follow_ups (
    chat       TEXT PRIMARY KEY,
    questions  TEXT[]      NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
