using Microsoft.Extensions.Options;

namespace CheckIn.Silo.Storage;

/// <summary>Validates the storage options at start, with messages that name the provider and the option at fault.</summary>
internal sealed class GroupCommitGrainStorageOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : GroupCommitGrainStorageOptions
{
    private readonly string? _name;

    /// <summary>Validates only the options of provider <paramref name="name"/> (null: any name).</summary>
    public GroupCommitGrainStorageOptionsValidator(string? name = null) => _name = name;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_name is not null && !string.Equals(_name, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var prefix = string.IsNullOrEmpty(name) ? typeof(TOptions).Name : $"{typeof(TOptions).Name} of grain storage '{name}'";
        List<string> failures = [];
        if (options.MaxBatchSize < 1)
        {
            failures.Add($"{prefix}: {nameof(options.MaxBatchSize)} must be at least 1 (was {options.MaxBatchSize}).");
        }

        if (options.MaxBatchDelay < TimeSpan.Zero)
        {
            failures.Add($"{prefix}: {nameof(options.MaxBatchDelay)} must not be negative (was {options.MaxBatchDelay}).");
        }

        if (options.GrainStorageSerializer is null)
        {
            failures.Add($"{prefix}: {nameof(options.GrainStorageSerializer)} is not set and no IGrainStorageSerializer is registered " +
                "(call siloBuilder.UseSystemTextJsonGrainStorageSerializer() or set the option).");
        }

        switch (options)
        {
            case SqliteGrainStorageOptions sqlite when string.IsNullOrWhiteSpace(sqlite.ConnectionString):
                failures.Add($"{prefix}: {nameof(sqlite.ConnectionString)} is required (e.g. \"Data Source=checkin.db\").");
                break;
            case PostgresGrainStorageOptions postgres:
                if (postgres.DataSource is null && string.IsNullOrWhiteSpace(postgres.ConnectionString))
                {
                    failures.Add($"{prefix}: set {nameof(postgres.DataSource)} (the process's shared NpgsqlDataSource) or {nameof(postgres.ConnectionString)}.");
                }

                if (postgres.MaxAttempts < 1)
                {
                    failures.Add($"{prefix}: {nameof(postgres.MaxAttempts)} must be at least 1 (was {postgres.MaxAttempts}).");
                }

                if (postgres.RetryDelay < TimeSpan.Zero)
                {
                    failures.Add($"{prefix}: {nameof(postgres.RetryDelay)} must not be negative (was {postgres.RetryDelay}).");
                }

                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when the options are invalid (for providers built
    /// without the options pipeline, e.g. in tests).</summary>
    public static void ThrowIfInvalid(string name, TOptions options)
    {
        var result = new GroupCommitGrainStorageOptionsValidator<TOptions>().Validate(name, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(name, typeof(TOptions), result.Failures);
        }
    }
}
