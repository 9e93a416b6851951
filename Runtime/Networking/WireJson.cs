using System.Text.Json;

namespace CheckIn.Runtime.Networking;

/// <summary>The serializer settings of arguments and results between processes: the same defaults as grain
/// state, so whatever a grain can store it can also send.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General);
}
