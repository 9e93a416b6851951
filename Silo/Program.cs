using CheckIn.Silo;
using CheckIn.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// dotnet CheckIn.Silo.dll [--postgres CONN --cluster-id ID --address 127.0.0.1 --port N --gateway-port N]
var builder = Host.CreateApplicationBuilder(SiloCommandLine.WithoutClusterArguments(args));
builder.Configuration.AddInMemoryCollection(SiloCommandLine.ToConfiguration(args));
builder.UseCheckInSilo();
using var host = builder.Build();
await host.RunAsync();
