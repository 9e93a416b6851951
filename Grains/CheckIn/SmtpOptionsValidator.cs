using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>Stops the silo's start with a message naming the bad <see cref="SmtpOptions"/> value.</summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        var section = SmtpOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            failures.Add($"{section}:Host is required.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{section}:Port must be between 1 and 65535.");
        }

        if (!MailAddress.TryCreate(options.FromAddress, out _))
        {
            failures.Add($"{section}:FromAddress '{options.FromAddress}' is not an e-mail address.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{section}:Timeout must be positive and at most 10 minutes.");
        }

        if (options.MaxConnections is < 1 or > 256)
        {
            failures.Add($"{section}:MaxConnections must be between 1 and 256.");
        }

        if (options.IdleConnectionLifetime <= TimeSpan.Zero || options.IdleConnectionLifetime > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{section}:IdleConnectionLifetime must be positive and at most 10 minutes.");
        }

        if (options.MaxSendsPerSecond is < 1 or > 100_000)
        {
            failures.Add($"{section}:MaxSendsPerSecond must be between 1 and 100000.");
        }

        if (options.SendBatchSize is < 1 or > 1000)
        {
            failures.Add($"{section}:SendBatchSize must be between 1 and 1000.");
        }

        if (options.MaxAttempts < 1)
        {
            failures.Add($"{section}:MaxAttempts must be at least 1.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add($"{section}:RetryBaseDelay must be positive and RetryMaxDelay at least as long.");
        }

        if (options.UnavailableRetryDelay <= TimeSpan.Zero || options.UnavailableRetryDelay > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{section}:UnavailableRetryDelay must be positive and at most 10 minutes.");
        }

        if (!string.IsNullOrEmpty(options.UserName) && options.Password is null)
        {
            failures.Add($"{section}:Password is required when {section}:UserName is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
