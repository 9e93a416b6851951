using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CheckIn.Benchmarks.Burst;

/// <summary>The load client's HTTP side: one connection pool sized to the client concurrency, and the reading of
/// answers into outcomes (a problem's <c>code</c> member, else <c>http_{status}</c>).</summary>
internal static class BurstHttp
{
    private static readonly JsonSerializerOptions s_web = new(JsonSerializerDefaults.Web);

    public static HttpClient CreateClient(Uri baseAddress, int concurrency) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(concurrency, 1),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>A JSON request body with its length, as browsers and mobile apps send one (<c>JsonContent</c> streams
    /// its body in chunks, which costs the server a chunked-body parser on every request that real clients do not).</summary>
    public static ByteArrayContent Json<T>(T value)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, s_web));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Opens the client's connections before the measured phase (residents' browsers are connected before
    /// the opening minute; the baseline and bare Kestrel get the same treatment).</summary>
    public static async Task WarmUpAsync(HttpClient client, int concurrency)
    {
        await LoadClient.RunAsync(concurrency * 4, concurrency, async _ => (await client.GetAsync("healthz")).Dispose());
    }

    /// <summary>Reads an answer: <paramref name="confirmed"/> status → <see cref="BurstOutcomes.Confirmed"/> with the
    /// string member <paramref name="idMember"/> of the body; a 4xx → the problem's code (a domain refusal such as
    /// <c>slot_full</c>); a 5xx → <c>http_{status} {code}</c>, so that server errors stay apart from refusals.</summary>
    public static async Task<(string Outcome, string? Id)> ReadAsync(HttpResponseMessage response, HttpStatusCode confirmed, string? idMember)
    {
        if (response.StatusCode == confirmed)
        {
            if (idMember is null)
            {
                return (BurstOutcomes.Confirmed, null);
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            return (BurstOutcomes.Confirmed, body.RootElement.GetProperty(idMember).ToString());
        }

        var code = await ProblemCodeAsync(response);
        return ((int)response.StatusCode >= 500 && !code.StartsWith("http_", StringComparison.Ordinal)
            ? $"http_{(int)response.StatusCode} {code}"
            : code, null);
    }

    /// <summary>The problem's <c>code</c> member, else <c>http_{status}</c>.</summary>
    public static async Task<string> ProblemCodeAsync(HttpResponseMessage response)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync();
            if (text.Length > 0)
            {
                using var body = JsonDocument.Parse(text);
                if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
                {
                    return code.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // Not a problem document: the status says it all.
        }

        return $"http_{(int)response.StatusCode}";
    }

    /// <summary>Signs a staff member in (<c>POST /api/auth/token</c>) and returns the bearer token.</summary>
    public static async Task<string> StaffTokenAsync(HttpClient client, string username, string password)
    {
        using var response = await client.PostAsync("api/auth/token", Json(new { username, password }));
        response.EnsureSuccessStatusCode();
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }
}
