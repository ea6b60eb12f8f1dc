-- Telegram's flood limits across instances: each bucket's next theoretical send time (GCRA).
CREATE TABLE pace (
    bucket    TEXT PRIMARY KEY,
    next_send TIMESTAMPTZ NOT NULL
);
