using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CheckIn.Silo.Reminders;

/// <summary>Fails the host's start with a clear message when the reminder table cannot work with its options.</summary>
internal sealed class SqliteReminderTableOptionsValidator : IValidateOptions<SqliteReminderTableOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteReminderTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("SqliteReminderTableOptions.ConnectionString is required, e.g. \"Data Source=checkin.db\".");
        }
        else
        {
            try
            {
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
                {
                    failures.Add("SqliteReminderTableOptions.ConnectionString must name a database file: reminders must survive a restart.");
                }
                else if (builder.Mode == SqliteOpenMode.ReadOnly)
                {
                    failures.Add("SqliteReminderTableOptions.ConnectionString must not be read-only.");
                }
            }
            catch (ArgumentException exception)
            {
                failures.Add($"SqliteReminderTableOptions.ConnectionString is not a valid SQLite connection string: {exception.Message}");
            }
        }

        if (options.BusyTimeout <= TimeSpan.Zero)
        {
            failures.Add("SqliteReminderTableOptions.BusyTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
