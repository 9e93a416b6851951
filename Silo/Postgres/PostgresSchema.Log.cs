using Microsoft.Extensions.Logging;

namespace CheckIn.Silo.Postgres;

public static partial class PostgresSchema
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {ScriptCount} Orleans SQL scripts to PostgreSQL database {Database}")]
    private static partial void LogSchemaApplied(ILogger logger, string database, int scriptCount);
}
