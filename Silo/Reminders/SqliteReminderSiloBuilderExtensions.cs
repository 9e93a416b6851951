using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CheckIn.Silo.Reminders;

/// <summary>Silo hosting extensions for the project's SQLite reminder table (Orleans has no SQLite provider).</summary>
public static class SqliteReminderSiloBuilderExtensions
{
    /// <summary>
    /// Adds Orleans' reminder service with its table in a SQLite file. The options are validated when the host
    /// starts. Safe to call twice: the second call only adds its option changes.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the options, e.g. <c>o =&gt; o.ConnectionString = "Data Source=checkin.db"</c>.</param>
    /// <returns>The silo builder, for chaining.</returns>
    public static ISiloBuilder UseCheckInSqliteReminders(this ISiloBuilder builder, Action<SqliteReminderTableOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.AddReminders();
        var services = builder.Services;
        services.AddOptions<SqliteReminderTableOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteReminderTableOptions>, SqliteReminderTableOptionsValidator>());
        services.RemoveAll<IReminderTable>();
        services.AddSingleton<IReminderTable, SqliteReminderTable>();
        return builder;
    }
}
