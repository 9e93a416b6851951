using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Hosting;
using CheckIn.WebFront.Operations;
using CheckIn.WebFront.Pages;
using CheckIn.WebFront.Tenants;

var builder = WebApplication.CreateBuilder(args);
builder.AddCheckInWebFront();

var app = builder.Build();
app.UseCheckInWebFront();
app.MapOperationsApi();
app.MapAuthApi();
app.MapTenantsApi();
app.MapStaffPages();
app.MapDashboard();
app.Run();

/// <summary>The web front's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
