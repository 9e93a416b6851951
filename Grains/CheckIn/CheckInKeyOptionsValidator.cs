using CheckIn.Grains.CheckIn.Security;
using Microsoft.Extensions.Options;

namespace CheckIn.Grains.CheckIn;

/// <summary>Stops the silo's start when a check-in key is missing, not base64, too short, or reused for two purposes.</summary>
internal sealed class CheckInKeyOptionsValidator : IValidateOptions<CheckInKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, CheckInKeyOptions options)
    {
        var failures = new List<string>();
        var pseudonym = Check(failures, options.PseudonymKey, nameof(options.PseudonymKey), minBytes: 32, exactBytes: null);
        var venueCode = Check(failures, options.VenueCodeKey, nameof(options.VenueCodeKey), minBytes: 32, exactBytes: null);
        var contact = Check(failures, options.ContactKey, nameof(options.ContactKey), minBytes: 32, exactBytes: 32);
        if (failures.Count == 0 && (pseudonym!.SequenceEqual(venueCode!) || pseudonym!.SequenceEqual(contact!) || venueCode!.SequenceEqual(contact!)))
        {
            failures.Add($"{CheckInKeyOptions.SectionName}: each key must be different.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static byte[]? Check(List<string> failures, string value, string name, int minBytes, int? exactBytes)
    {
        var setting = $"{CheckInKeyOptions.SectionName}:{name}";
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{setting} is required: set it to {exactBytes ?? minBytes} random bytes in base64 (for example `openssl rand -base64 32`).");
            return null;
        }

        if (!KeyMaterial.TryDecode(value, out var key))
        {
            failures.Add($"{setting} is not valid base64.");
            return null;
        }

        if (exactBytes is { } exact && key.Length != exact)
        {
            failures.Add($"{setting} must be exactly {exact} bytes; it is {key.Length}.");
            return null;
        }

        if (key.Length < minBytes)
        {
            failures.Add($"{setting} must be at least {minBytes} bytes; it is {key.Length}.");
            return null;
        }

        return key;
    }
}
