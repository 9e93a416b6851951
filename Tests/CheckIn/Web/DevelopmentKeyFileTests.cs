using CheckIn.WebFront.CheckIn;

namespace CheckIn.Tests.CheckIn.Web;

/// <summary>Development keys survive a restart: the first run writes them, later runs read the same ones.</summary>
public sealed class DevelopmentKeyFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("checkin-keys-").FullName;

    [Fact]
    public void LoadOrCreate_SecondRun_ReturnsTheKeysTheFirstRunWrote()
    {
        var path = Path.Combine(_directory, "keys.json");
        string[] names = ["CheckIn:Keys:PseudonymKey", "CheckIn:Keys:VenueCodeKey"];

        var first = DevelopmentKeyFile.LoadOrCreate(path, names);
        var second = DevelopmentKeyFile.LoadOrCreate(path, names);

        Assert.Equal(32, Convert.FromBase64String(first["CheckIn:Keys:PseudonymKey"]).Length);
        Assert.NotEqual(first["CheckIn:Keys:PseudonymKey"], first["CheckIn:Keys:VenueCodeKey"]);
        Assert.Equal(first["CheckIn:Keys:PseudonymKey"], second["CheckIn:Keys:PseudonymKey"]);
        Assert.Equal(first["CheckIn:Keys:VenueCodeKey"], second["CheckIn:Keys:VenueCodeKey"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void LoadOrCreate_KeyAddedLater_KeepsTheOldKeysAndAddsTheNewOne()
    {
        var path = Path.Combine(_directory, "keys.json");
        var first = DevelopmentKeyFile.LoadOrCreate(path, ["a"]);

        var second = DevelopmentKeyFile.LoadOrCreate(path, ["a", "b"]);

        Assert.Equal(first["a"], second["a"]);
        Assert.True(second.ContainsKey("b"));
        Assert.Equal(second["b"], DevelopmentKeyFile.LoadOrCreate(path, ["b"])["b"]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
