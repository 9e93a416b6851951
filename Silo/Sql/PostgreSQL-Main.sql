-- The query table that Orleans' ADO.NET providers (clustering, reminders) read at start: they issue
-- only the statements stored here, found by QueryKey, with @Name parameters. The NuGet packages ship
-- no SQL, so this project owns these scripts (DESIGN.md); PostgresSchema applies them at every start,
-- each script in its own transaction.
--
-- Every script takes the same transaction-scoped advisory lock first: several silos starting at once
-- would otherwise race on CREATE TABLE IF NOT EXISTS (a unique violation on pg_type) and on the
-- OrleansQuery upserts. The lock is released at commit.
SELECT pg_advisory_xact_lock(7310432118410921001);

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);
