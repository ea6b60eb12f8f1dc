-- Readers' rate limits, counted by every instance together: each key's next allowed time (GCRA, epoch ns).
CREATE TABLE rate_limits (
    key        TEXT PRIMARY KEY,
    next_nanos BIGINT      NOT NULL,
    noticed    BOOLEAN     NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX rate_limits_updated ON rate_limits (updated_at);
