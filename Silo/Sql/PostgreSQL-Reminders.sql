-- Reminders for Orleans.Reminders.AdoNet (invariant "Npgsql").
-- Contract (from the provider's code):
--   * @ServiceId, @GrainId (GrainId.ToString()), @ReminderName, @StartTime (UTC, timestamptz),
--     @Period in milliseconds (int or bigint), @GrainHash / @BeginHash / @EndHash as the uniform hash
--     code cast to a signed int, @Version (the ETag, an int);
--   * rows are read by column name: GrainId, ReminderName, StartTime, Period (bigint), Version;
--   * the provider picks ReadRangeRows1Key when (int)begin < (int)end, else ReadRangeRows2Key (the
--     range wraps around the ring, or is the whole ring when begin = end); both compare signed ints,
--     consistently with how the hashes are bound;
--   * the upsert returns the new Version (the ETag); the delete returns one boolean.
SELECT pg_advisory_xact_lock(7310432118410921001);

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId varchar(150) NOT NULL,
    GrainId varchar(150) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime timestamptz(3) NOT NULL,
    Period bigint NOT NULL,
    GrainHash integer NOT NULL,
    Version integer NOT NULL,
    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- The reminder service of each silo reads its ring range on start and on every membership change.
CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_ServiceId_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'UpsertReminderRowKey',
    $q$
    INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
        Version = r.Version + 1
    RETURNING r.Version AS Version;
    $q$
),
(
    'ReadReminderRowsKey',
    $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
    $q$
),
(
    'ReadReminderRowKey',
    $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
    $q$
),
(
    -- (BeginHash, EndHash] without wrap-around.
    'ReadRangeRows1Key',
    $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
    $q$
),
(
    -- (BeginHash, max] and [min, EndHash]: the range wraps, or covers the whole ring.
    'ReadRangeRows2Key',
    $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
    $q$
),
(
    -- ETag-checked: only the version the caller read is deleted.
    'DeleteReminderRowKey',
    $q$
    WITH deleted AS
    (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
          AND Version = @Version
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM deleted) AS Succeeded;
    $q$
),
(
    'DeleteReminderRowsKey',
    $q$
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
    $q$
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
