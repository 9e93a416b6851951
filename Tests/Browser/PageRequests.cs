using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace CheckIn.Tests.Browser;

/// <summary>The requests a page has sent and not yet seen answered, for a failure message: a wait for a page
/// that never finished loading says which request it was still waiting for, and for how long.</summary>
public sealed class PageRequests
{
    private readonly ConcurrentDictionary<Microsoft.Playwright.IRequest, long> _pending = new();

    private PageRequests(IPage page)
    {
        page.Request += (_, request) => _pending[request] = Stopwatch.GetTimestamp();
        page.RequestFinished += (_, request) => _pending.TryRemove(request, out long _);
        page.RequestFailed += (_, request) => _pending.TryRemove(request, out long _);
    }

    /// <summary>Starts watching <paramref name="page"/>; call it before the page's first navigation.</summary>
    public static PageRequests Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageRequests(page);
    }

    /// <summary>"none", or each unanswered request with its method, URL and age.</summary>
    public string Describe()
    {
        var pending = _pending.ToArray();
        return pending.Length == 0
            ? "none"
            : string.Join("; ", pending
                .OrderBy(static p => p.Value)
                .Select(static p => $"{p.Key.Method} {p.Key.Url} for {Stopwatch.GetElapsedTime(p.Value).TotalSeconds:0.0} s"));
    }
}
