using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Storage;

/// <summary>Validates storage options at start, with messages that name the option at fault.</summary>
internal sealed class GroupCommitStorageOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : GroupCommitStorageOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = string.IsNullOrEmpty(name) ? typeof(TOptions).Name : $"{typeof(TOptions).Name} '{name}'";
        List<string>? failures = null;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            (failures ??= []).Add($"{prefix}: {nameof(GroupCommitStorageOptions.ConnectionString)} is required.");
        }

        if (options.MaxBatchSize < 1)
        {
            (failures ??= []).Add($"{prefix}: {nameof(GroupCommitStorageOptions.MaxBatchSize)} must be at least 1 (was {options.MaxBatchSize}).");
        }

        if (options.MaxBatchDelay < TimeSpan.Zero)
        {
            (failures ??= []).Add($"{prefix}: {nameof(GroupCommitStorageOptions.MaxBatchDelay)} must not be negative (was {options.MaxBatchDelay}).");
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> when the options are invalid (for providers built without the options pipeline).</summary>
    public static void ThrowIfInvalid(string name, TOptions options)
    {
        var result = new GroupCommitStorageOptionsValidator<TOptions>().Validate(name, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(name, typeof(TOptions), result.Failures);
        }
    }
}
