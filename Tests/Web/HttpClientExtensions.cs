using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CheckIn.Tests.Web;

/// <summary>Small helpers for calling the API in tests.</summary>
public static class HttpClientExtensions
{
    public static async Task<string> GetTokenAsync(this HttpClient client, string username, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password }, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in of {username} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        using var json = await response.ReadJsonAsync();
        return json.RootElement.GetProperty("token").GetString()!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body)
        => client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string body, string contentType = "application/json")
        => client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

    public static async Task<JsonDocument> ReadJsonAsync(this HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>Asserts an RFC 9457 problem with the status and code, and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var problem = json.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }
}
