using CheckIn.Silo;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddCheckInSilo();
using var host = builder.Build();
await host.RunAsync();
