using System.Text.Json.Serialization;

namespace CheckIn.Grains.CheckIn;

/// <summary>A visit as a segment stores it: short names and Unix milliseconds keep a full segment small.</summary>
[GenerateSerializer, Alias("checkin.state.StoredVisit")]
internal sealed class StoredVisit
{
    [JsonPropertyName("i")]
    [Id(0)]
    public string CheckInId { get; set; } = string.Empty;

    [JsonPropertyName("v")]
    [Id(1)]
    public string Visitor { get; set; } = string.Empty;

    [JsonPropertyName("t")]
    [Id(2)]
    public long AtUnixMs { get; set; }
}
