namespace CheckIn.Grains.CheckIn.Security;

/// <summary>Reads the base64 keys of <see cref="CheckInKeyOptions"/>.</summary>
internal static class KeyMaterial
{
    public static bool TryDecode(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        try
        {
            key = Convert.FromBase64String(base64.Trim());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static byte[] Decode(string? base64, string name)
        => TryDecode(base64, out var key)
            ? key
            : throw new InvalidOperationException($"{CheckInKeyOptions.SectionName}:{name} is not valid base64.");
}
