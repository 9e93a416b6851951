using CheckIn.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CheckIn.Silo;

/// <summary>The silo process: <c>dotnet CheckIn.Silo.dll [--postgres CONN --cluster-id ID --address 127.0.0.1
/// --port N --gateway-port N]</c>. A named class rather than top-level statements, so that no public
/// <c>Program</c> type clashes with the web front's in the assemblies that reference both.</summary>
internal static class SiloProgram
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(SiloCommandLine.WithoutClusterArguments(args));
        builder.Configuration.AddInMemoryCollection(SiloCommandLine.ToConfiguration(args));
        builder.UseCheckInSilo();
        using var host = builder.Build();
        await host.RunAsync().ConfigureAwait(false);
    }
}
