using Microsoft.Extensions.Options;

namespace CheckIn.Runtime.Hosting;

/// <summary>Rejects silo settings that cannot work, naming the setting, before the silo takes traffic.</summary>
internal sealed class SiloOptionsValidator : IValidateOptions<SiloOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloOptions options)
    {
        var failures = new List<string>();
        RequirePositive(failures, nameof(SiloOptions.CallTimeout), options.CallTimeout);
        RequirePositive(failures, nameof(SiloOptions.IdleTimeout), options.IdleTimeout);
        RequirePositive(failures, nameof(SiloOptions.CollectionQuantum), options.CollectionQuantum);
        RequirePositive(failures, nameof(SiloOptions.ActivationTimeout), options.ActivationTimeout);
        RequirePositive(failures, nameof(SiloOptions.DeactivationTimeout), options.DeactivationTimeout);
        RequirePositive(failures, nameof(SiloOptions.ShutdownTimeout), options.ShutdownTimeout);
        if (options.MaxQueueLength < 1)
        {
            failures.Add($"{SiloOptions.SectionName}:{nameof(SiloOptions.MaxQueueLength)} must be at least 1 (was {options.MaxQueueLength}).");
        }

        if (options.MaxActivations < 1)
        {
            failures.Add($"{SiloOptions.SectionName}:{nameof(SiloOptions.MaxActivations)} must be at least 1 (was {options.MaxActivations}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string option, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{SiloOptions.SectionName}:{option} must be a positive time span (was {value}).");
        }
    }
}
