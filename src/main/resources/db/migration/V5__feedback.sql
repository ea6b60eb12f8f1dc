-- The answers readers can rate, shared by every instance. Ids of chats and readers are kept only as keyed
-- hashes (HMAC under feedback_key's one key, salted with the answer's id), as in the file store.
CREATE TABLE feedback_key (
    id  SMALLINT PRIMARY KEY CHECK (id = 1),
    key BYTEA    NOT NULL
);
CREATE TABLE feedback_answers (
    id          TEXT PRIMARY KEY,
    chat_hash   TEXT        NOT NULL,
    answer      TEXT        NOT NULL,
    helpful     BIGINT      NOT NULL DEFAULT 0,
    not_helpful BIGINT      NOT NULL DEFAULT 0,
    remembered  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    last_rated  TIMESTAMPTZ
);
CREATE INDEX feedback_answers_unrated ON feedback_answers (remembered) WHERE last_rated IS NULL;
CREATE INDEX feedback_answers_rated ON feedback_answers (last_rated) WHERE last_rated IS NOT NULL;
CREATE TABLE feedback_raters (
    answer_id TEXT NOT NULL REFERENCES feedback_answers (id) ON DELETE CASCADE,
    rater     TEXT NOT NULL,
    PRIMARY KEY (answer_id, rater)
);
