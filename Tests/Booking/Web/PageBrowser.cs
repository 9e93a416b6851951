using System.Net;
using System.Text.RegularExpressions;
using CheckIn.Tests.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CheckIn.Tests.Booking.Web;

/// <summary>A browser without JavaScript: keeps cookies, asks for HTML, does not follow redirects (tests look at
/// them), and posts forms with the anti-forgery token of the last page it read.</summary>
public sealed partial class PageBrowser : IDisposable
{
    private readonly HttpClient _client;
    private string _antiforgery = "";

    public PageBrowser(WebFrontFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public HttpClient Client => _client;

    /// <summary>Reads a page; remembers its anti-forgery token.</summary>
    public async Task<(HttpResponseMessage Response, string Html)> GetAsync(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Remember(html);
        return (response, html);
    }

    /// <summary>Reads a page that must answer 200.</summary>
    public async Task<string> PageAsync(string url)
    {
        var (response, html) = await GetAsync(url);
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            return html;
        }
    }

    /// <summary>Posts a form with the remembered anti-forgery token.</summary>
    public async Task<(HttpResponseMessage Response, string Html)> PostAsync(string url, IDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { ["__af"] = _antiforgery };
        using var content = new FormUrlEncodedContent(all);
        var response = await _client.PostAsync(url, content, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Remember(html);
        return (response, html);
    }

    /// <summary>Posts a multipart form with a file and the remembered anti-forgery token.</summary>
    public async Task<(HttpResponseMessage Response, string Html)> UploadAsync(string url, string field, string fileName, byte[] file)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(_antiforgery), "__af" },
            { new ByteArrayContent(file) { Headers = { ContentType = new("text/csv") } }, field, fileName },
        };
        var response = await _client.PostAsync(url, content, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Remember(html);
        return (response, html);
    }

    /// <summary>The first match of <paramref name="pattern"/>'s group 1 in <paramref name="html"/>.</summary>
    public static string Find(string html, string pattern)
    {
        var match = Regex.Match(html, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"no match for {pattern}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => _client.Dispose();

    private void Remember(string html)
    {
        var match = AntiforgeryField().Match(html);
        if (match.Success)
        {
            _antiforgery = WebUtility.HtmlDecode(match.Groups[1].Value);
        }
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
