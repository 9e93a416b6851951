-- Grain state of CheckIn.Silo.Storage.SqliteGrainStorage. Applied at every start: idempotent.
-- version is the ETag: 1 on first write, +1 per write or clear; a clear keeps the row with data NULL.
CREATE TABLE IF NOT EXISTS checkin_grain_state (
    grain_type TEXT    NOT NULL,
    grain_key  TEXT    NOT NULL,
    state_name TEXT    NOT NULL,
    data       BLOB    NULL,
    version    INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key, state_name)
) WITHOUT ROWID;
