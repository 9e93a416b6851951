using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CheckIn.Tests.Web;

/// <summary>Gives a test request the remote address a real connection would have. The in-memory test server
/// leaves <c>Connection.RemoteIpAddress</c> null; a request carrying <see cref="HeaderName"/> gets that address,
/// set before the web front's own pipeline (and so before forwarded headers are read), as Kestrel sets it.
/// Requests without the header keep the test server's null address.</summary>
public sealed class TestRemoteAddress : IStartupFilter
{
    public const string HeaderName = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
        => app =>
        {
            app.Use(static (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(HeaderName, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                    context.Request.Headers.Remove(HeaderName);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
}
