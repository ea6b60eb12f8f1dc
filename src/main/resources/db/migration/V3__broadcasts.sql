-- Requests to every instance (an administrator's /reload): who is alive, and what each reported.
CREATE TABLE instances (
    name    TEXT PRIMARY KEY,
    seen_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE broadcast_results (
    request_id TEXT NOT NULL,
    instance   TEXT NOT NULL,
    result     TEXT NOT NULL,
    PRIMARY KEY (request_id, instance)
);
