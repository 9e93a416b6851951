using System.Security.Cryptography;
using System.Text.Json;

namespace CheckIn.WebFront.CheckIn;

/// <summary>The check-in keys of a development run, kept in a file next to the embedded database so that venue
/// codes, printed QR posters and visitor pseudonyms stay valid across restarts of <c>dotnet run</c>. Never used
/// outside Development: production keys come from configuration (<c>CheckIn:Keys</c>).</summary>
internal static class DevelopmentKeyFile
{
    /// <summary>The keys in <paramref name="path"/>, after adding a random 32-byte key for each of
    /// <paramref name="names"/> the file lacks (the file is created, readable by its owner only, when missing).</summary>
    public static IReadOnlyDictionary<string, string> LoadOrCreate(string path, IEnumerable<string> names)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var keys = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
        var added = false;
        foreach (var name in names)
        {
            if (!keys.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
            {
                keys[name] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                added = true;
            }
        }

        if (added)
        {
            var temporary = path + ".tmp";
            using (var stream = OperatingSystem.IsWindows()
                ? new FileStream(temporary, FileMode.Create, FileAccess.Write)
                : new FileStream(temporary, new FileStreamOptions
                {
                    Mode = FileMode.Create,
                    Access = FileAccess.Write,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                }))
            {
                JsonSerializer.Serialize(stream, keys, new JsonSerializerOptions { WriteIndented = true });
            }

            File.Move(temporary, path, overwrite: true);
        }

        return keys;
    }
}
