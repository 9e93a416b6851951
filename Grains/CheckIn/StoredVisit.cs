using System.Text.Json.Serialization;

namespace CheckIn.Grains.CheckIn;

/// <summary>A visit as a segment stores it: short names and Unix milliseconds keep a full segment small.</summary>
internal sealed class StoredVisit
{
    [JsonPropertyName("i")]
    public string CheckInId { get; set; } = string.Empty;

    [JsonPropertyName("v")]
    public string Visitor { get; set; } = string.Empty;

    [JsonPropertyName("t")]
    public long AtUnixMs { get; set; }
}
