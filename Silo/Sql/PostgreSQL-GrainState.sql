-- Grain state of CheckIn.Silo.Storage.PostgresGrainStorage. Applied at every start under an advisory lock: idempotent.
-- version is the ETag: 1 on first write, +1 per write or clear; a clear keeps the row with data NULL.
CREATE TABLE IF NOT EXISTS checkin_grain_state (
    grain_type text   NOT NULL,
    grain_key  text   NOT NULL,
    state_name text   NOT NULL,
    data       bytea  NULL,
    version    bigint NOT NULL,
    CONSTRAINT checkin_grain_state_pk PRIMARY KEY (grain_type, grain_key, state_name)
);
