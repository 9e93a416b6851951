using CheckIn.Silo;

var builder = WebApplication.CreateBuilder(args);
builder.AddCheckInSilo();
builder.Services.AddHealthChecks();

var app = builder.Build();
app.MapHealthChecks("/healthz");
app.Run();

/// <summary>The web front's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
