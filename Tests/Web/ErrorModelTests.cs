using System.Net;
using CheckIn.Grains.Interfaces.Tenants;

namespace CheckIn.Tests.Web;

/// <summary>Bad input of any kind gets a 4xx problem with a code, never a 5xx, and changes nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class ErrorModelTests(WebFixture fixture)
{
    public static TheoryData<string, string, int, string> BadBodies() => new()
    {
        { "malformed", "{\"id\": \"__ID__\", \"name\": ", 400, "invalid_json" },
        { "not json", "id=__ID__&name=x", 400, "invalid_json" },
        { "wrong type", "{\"id\": \"__ID__\", \"name\": 42}", 400, "invalid_json" },
        { "array", "[\"__ID__\"]", 400, "invalid_json" },
        { "missing name", "{\"id\": \"__ID__\"}", 400, "validation_failed" },
        { "bad id", "{\"id\": \"__ID__ UPPER\", \"name\": \"x\"}", 400, "validation_failed" },
        { "blank name", "{\"id\": \"__ID__\", \"name\": \"   \"}", 400, "validation_failed" },
        { "null", "null", 400, "missing_body" },
        { "empty", "", 400, "missing_body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task CreateTenant_BadBody_Returns4xxProblemWithCode_AndCreatesNothing(string kind, string template, int status, string code)
    {
        var id = WebFixture.Unique("bad");
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));

        using var response = await client.PostRawAsync("/api/tenants", template.Replace("__ID__", id, StringComparison.Ordinal));

        await response.AssertProblemAsync((HttpStatusCode)status, code);
        Assert.True(await fixture.Grains.GetGrain<ITenantGrain>(id).GetAsync() is null, $"{kind}: nothing may be created");
    }

    [Fact]
    public async Task CreateTenant_MissingFields_NamesEachField()
    {
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));

        using var response = await client.PostRawAsync("/api/tenants", "{}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("id", out _));
        Assert.True(errors.TryGetProperty("name", out _));
    }

    [Fact]
    public async Task CreateTenant_OversizeBody_Returns413_AndCreatesNothing()
    {
        var id = WebFixture.Unique("big");
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));

        using var response = await client.PostRawAsync("/api/tenants", $"{{\"id\":\"{id}\",\"name\":\"{new string('x', 70_000)}\"}}");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body_too_large");
        Assert.Null(await fixture.Grains.GetGrain<ITenantGrain>(id).GetAsync());
    }

    [Fact]
    public async Task CreateTenant_WrongContentType_Returns415_AndCreatesNothing()
    {
        var id = WebFixture.Unique("ct");
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));

        using var response = await client.PostRawAsync("/api/tenants", $"{{\"id\":\"{id}\",\"name\":\"x\"}}", "text/plain");

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        Assert.Null(await fixture.Grains.GetGrain<ITenantGrain>(id).GetAsync());
    }

    [Fact]
    public async Task CreateTenant_Twice_Returns409TenantExists_AndKeepsTheFirstName()
    {
        var id = WebFixture.Unique("dup");
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));
        using var first = await client.PostJsonAsync("/api/tenants", new { id, name = "First" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await client.PostJsonAsync("/api/tenants", new { id, name = "Second" });

        await second.AssertProblemAsync(HttpStatusCode.Conflict, "tenant_exists");
        Assert.Equal("First", (await fixture.Grains.GetGrain<ITenantGrain>(id).GetAsync())!.Name);
    }

    public static TheoryData<string, string, int, string> BadStaff() => new()
    {
        { "unknown tenant", "{\"username\":\"__U__\",\"password\":\"long-enough-password\",\"role\":\"health-officer\"}", 404, "unknown_tenant" },
        { "admin role", "{\"username\":\"__U__\",\"password\":\"long-enough-password\",\"role\":\"admin\"}", 400, "invalid_role" },
        { "unknown role", "{\"username\":\"__U__\",\"password\":\"long-enough-password\",\"role\":\"mayor\"}", 400, "invalid_role" },
        { "short password", "{\"username\":\"__U__\",\"password\":\"short\",\"role\":\"health-officer\"}", 400, "invalid_password" },
        { "bad username", "{\"username\":\"Has Spaces __U__\",\"password\":\"long-enough-password\",\"role\":\"health-officer\"}", 400, "invalid_username" },
        { "missing role", "{\"username\":\"__U__\",\"password\":\"long-enough-password\"}", 400, "validation_failed" },
        { "wrong type", "{\"username\":\"__U__\",\"password\":12345678901234,\"role\":\"health-officer\"}", 400, "invalid_json" },
    };

    [Theory]
    [MemberData(nameof(BadStaff))]
    public async Task CreateStaff_BadInput_Returns4xxProblemWithCode_AndCreatesNoAccount(string kind, string template, int status, string code)
    {
        var username = WebFixture.Unique("u");
        var tenant = kind == "unknown tenant" ? WebFixture.Unique("none") : fixture.Tenant;
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));

        using var response = await client.PostRawAsync($"/api/tenants/{tenant}/staff", template.Replace("__U__", username, StringComparison.Ordinal));

        await response.AssertProblemAsync((HttpStatusCode)status, code);
        Assert.Null(await fixture.Grains.GetGrain<IStaffAccountGrain>(username).GetAsync());
    }

    [Fact]
    public async Task CreateStaff_TakenUsername_Returns409_AndKeepsTheAccount()
    {
        var taken = WebFixture.UsernameFor(fixture.Tenant, StaffRoles.HealthOfficer);
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));

        using var response = await client.PostJsonAsync($"/api/tenants/{fixture.OtherTenant}/staff", new { username = taken, password = "another-long-password", role = StaffRoles.MunicipalityAdmin });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "username_taken");
        Assert.Equal(fixture.Tenant, (await fixture.Grains.GetGrain<IStaffAccountGrain>(taken).GetAsync())!.Tenant);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/no/such/page")]
    public async Task UnknownRoute_Returns404ProblemWithCode(string path)
    {
        using var client = fixture.Factory.CreateApiClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("GET", "/api/tenants")]
    [InlineData("DELETE", "/api/tenants")]
    [InlineData("PUT", "/api/auth/token")]
    [InlineData("POST", "/api/cluster")]
    public async Task WrongMethod_Returns405ProblemWithCode(string method, string path)
    {
        using var client = fixture.ClientWithToken(fixture.TokenOf("admin"));

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Theory]
    [InlineData("{\"username\":")]
    [InlineData("{\"username\":1,\"password\":2}")]
    [InlineData("{}")]
    [InlineData("")]
    public async Task TokenEndpoint_BadBody_Returns400ProblemWithCode(string body)
    {
        using var client = fixture.Factory.CreateApiClient();

        using var response = await client.PostRawAsync("/api/auth/token", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = await response.ReadJsonAsync();
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("code").GetString()));
    }
}
