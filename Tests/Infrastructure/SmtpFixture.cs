using CheckIn.Testing;

namespace CheckIn.Tests.Infrastructure;

/// <summary>One SMTP test server per test class (<c>IClassFixture&lt;SmtpFixture&gt;</c>). Tests share it and keep
/// apart by sending to their own addresses.</summary>
public sealed class SmtpFixture : IAsyncLifetime
{
    private SmtpTestServer? _server;

    public SmtpTestServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync() => _server = await SmtpTestServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
