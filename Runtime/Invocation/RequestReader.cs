using System.ComponentModel;
using System.Text.Json;

namespace CheckIn.Runtime.Invocation;

/// <summary>Rebuilds a request from its JSON argument array (generated per grain method, so no reflection
/// runs per message).</summary>
/// <param name="arguments">The JSON array of the arguments, in parameter order.</param>
/// <param name="options">The wire's serializer options.</param>
/// <returns>The request, ready to be delivered.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate object RequestReader(ReadOnlySpan<byte> arguments, JsonSerializerOptions options);
