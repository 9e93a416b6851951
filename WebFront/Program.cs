using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Booking;
using CheckIn.WebFront.CheckIn;
using CheckIn.WebFront.CheckIn.Staff;
using CheckIn.WebFront.Hosting;
using CheckIn.WebFront.Operations;
using CheckIn.WebFront.Pages;
using CheckIn.WebFront.Tenants;

var builder = WebApplication.CreateBuilder(args);
builder.AddCheckInWebFront();
builder.AddBookingWeb();
builder.AddCheckInArea();

var app = builder.Build();
app.UseCheckInWebFront();
app.MapOperationsApi();
app.MapAuthApi();
app.MapTenantsApi();
app.MapStaffPages();
app.MapDashboard();
app.MapBookingApi();
app.MapCheckInApi().MapCheckInPages().MapStaffVenuePages();
app.Run();

// The entry point, visible to WebApplicationFactory<Program> in tests. (No XML doc comment: the OpenAPI
// comment generator also reads CheckIn.Silo.xml, which documents its own Program, and fails on the duplicate.)
public partial class Program;
