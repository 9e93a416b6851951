-- Cluster membership for Orleans.Clustering.AdoNet (invariant "Npgsql"), used by silos and clients.
-- Contract (from the provider's code, not its documentation):
--   * parameters arrive as @DeploymentId (the ClusterId), @Address (text), @Port, @Generation,
--     @Status, @ProxyPort, @Version (int), @SiloName, @HostName, @SuspectTimes (text or NULL),
--     @StartTime / @IAmAliveTime (UTC, bound as timestamptz);
--   * the read queries return the version row even when no member matches (LEFT JOIN), because the
--     table version travels with every read; a row without StartTime means "no member";
--   * insert/update return exactly one boolean: true only if the table version matched and was bumped
--     together with the member row, in one statement, so a lost race changes nothing.
-- Plain statements (no functions): Npgsql binds DateTime as timestamptz, which a plain statement
-- accepts as is; the whole script is idempotent.
SELECT pg_advisory_xact_lock(7310432118410921001);

-- One row per cluster: the version every membership write must match (optimistic concurrency).
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp timestamptz(3) NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes varchar(8000) NULL,
    StartTime timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_Version FOREIGN KEY (DeploymentId)
        REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'InsertMembershipVersionKey',
    $q$
    WITH inserted AS
    (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM inserted) AS Succeeded;
    $q$
),
(
    -- The version row is locked (FOR UPDATE) only if it still has the expected version; a concurrent
    -- writer that bumped it first makes the lock re-check fail, so nothing is inserted.
    'InsertMembershipKey',
    $q$
    WITH expected AS
    (
        SELECT DeploymentId
        FROM OrleansMembershipVersionTable
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        FOR UPDATE
    ),
    inserted AS
    (
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT expected.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
               @StartTime, @IAmAliveTime
        FROM expected
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING
        RETURNING DeploymentId
    ),
    bumped AS
    (
        UPDATE OrleansMembershipVersionTable AS v
        SET Version = v.Version + 1, Timestamp = now()
        FROM inserted
        WHERE v.DeploymentId = inserted.DeploymentId
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM bumped) AS Succeeded;
    $q$
),
(
    'UpdateMembershipKey',
    $q$
    WITH expected AS
    (
        SELECT DeploymentId
        FROM OrleansMembershipVersionTable
        WHERE DeploymentId = @DeploymentId AND Version = @Version
        FOR UPDATE
    ),
    updated AS
    (
        UPDATE OrleansMembershipTable AS m
        SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
        FROM expected
        WHERE m.DeploymentId = expected.DeploymentId
          AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
        RETURNING m.DeploymentId
    ),
    bumped AS
    (
        UPDATE OrleansMembershipVersionTable AS v
        SET Version = v.Version + 1, Timestamp = now()
        FROM updated
        WHERE v.DeploymentId = updated.DeploymentId
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM bumped) AS Succeeded;
    $q$
),
(
    -- Heartbeat: deliberately does not bump the table version (Orleans never checks its result).
    'UpdateIAmAlivetimeKey',
    $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
    $q$
),
(
    'MembershipReadRowKey',
    $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m
        ON m.DeploymentId = v.DeploymentId
       AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
    $q$
),
(
    'MembershipReadAllKey',
    $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
    $q$
),
(
    'DeleteMembershipTableEntriesKey',
    $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
    $q$
),
(
    -- Clients poll this for gateways; @Status is Active (3).
    'GatewaysQueryKey',
    $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
    $q$
),
(
    -- Removes entries of dead silos (Status 6 = Dead) that stopped heart-beating before @IAmAliveTime,
    -- so the table does not grow with every restart. Live members are never touched.
    'CleanupDefunctSiloEntriesKey',
    $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status = 6;
    $q$
)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
