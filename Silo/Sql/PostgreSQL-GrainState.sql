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

-- States above about 2 kB (visit segments, registers) are compressed when stored, and many are rewritten whole at
-- every write: lz4 does that several times faster than PostgreSQL's default pglz (measured in the check-in storm:
-- pglz took a quarter of PostgreSQL's CPU). Only new values are affected. A server built without lz4 keeps pglz, and
-- so does one older than PostgreSQL 14 (no per-column compression: pg_attribute has no attcompression).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_attribute
               WHERE attrelid = 'checkin_grain_state'::regclass AND attname = 'data' AND attcompression <> 'l') THEN
        ALTER TABLE checkin_grain_state ALTER COLUMN data SET COMPRESSION lz4;
    END IF;
EXCEPTION WHEN feature_not_supported OR undefined_column THEN
    NULL;
END $$;
