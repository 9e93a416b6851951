using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Runtime;
using CheckIn.Runtime.Messaging;
using CheckIn.WebFront.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CheckIn.Tests.Web;

/// <summary>Exceptions from grains reach the client as problems: back-pressure as 503 with Retry-After,
/// registered domain exceptions as their own status and code.</summary>
public sealed class GrainExceptionTests
{
    [Fact]
    public async Task GrainOverloaded_Returns503WithRetryAfterAndCode()
    {
        await using var factory = FactoryWhereTenantGrainsThrow(key => new GrainOverloadedException(new GrainId("TenantGrain", key), 10_000));
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("busy"), name = "Busy" });

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task MappedDomainException_ReturnsItsStatusCodeTitleAndRetryAfter()
    {
        await using var factory = FactoryWhereTenantGrainsThrow(
            _ => new SampleDomainException("slot_full", "Slot is full"),
            services => services.AddDomainExceptionMapping<SampleDomainException>(
                e => new DomainFailure(StatusCodes.Status409Conflict, e.Code, e.Message),
                _ => TimeSpan.FromSeconds(7)));
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("full"), name = "Full" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, "slot_full");
        Assert.Equal("Slot is full", problem.GetProperty("title").GetString());
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task UnexpectedException_Returns500WithoutDetails()
    {
        await using var factory = FactoryWhereTenantGrainsThrow(_ => new InvalidOperationException("secret internal detail"));
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("boom"), name = "Boom" });

        await response.AssertProblemAsync(HttpStatusCode.InternalServerError, "internal_error");
        Assert.DoesNotContain("secret internal detail", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static WebFrontFactory FactoryWhereTenantGrainsThrow(Func<string, Exception> exception, Action<IServiceCollection>? more = null)
        => new(services: services =>
        {
            services.RemoveAll<IGrainFactory>();
            services.TryAddSingleton<GrainFactory>();
            services.AddSingleton<IGrainFactory>(sp => new FailingTenantsGrainFactory(sp.GetRequiredService<GrainFactory>(), exception));
            more?.Invoke(services);
        });

    private sealed class SampleDomainException(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }

    /// <summary>The real factory, except that every tenant grain call throws.</summary>
    private sealed class FailingTenantsGrainFactory(IGrainFactory inner, Func<string, Exception> exception) : IGrainFactory
    {
        public TGrain GetGrain<TGrain>(string key)
            where TGrain : IGrainWithStringKey
            => typeof(TGrain) == typeof(ITenantGrain) ? (TGrain)(object)new FailingTenantGrain(() => exception(key)) : inner.GetGrain<TGrain>(key);

        public TGrain GetGrain<TGrain>(Guid key)
            where TGrain : IGrainWithGuidKey
            => inner.GetGrain<TGrain>(key);

        public TGrain GetGrain<TGrain>(long key)
            where TGrain : IGrainWithIntegerKey
            => inner.GetGrain<TGrain>(key);
    }

    private sealed class FailingTenantGrain(Func<Exception> exception) : ITenantGrain
    {
        public Task<TenantCreateStatus> CreateAsync(string name, string createdBy) => Task.FromException<TenantCreateStatus>(exception());

        public Task<TenantInfo?> GetAsync() => Task.FromException<TenantInfo?>(exception());

        public Task<StaffCreateStatus> AddStaffAsync(NewStaffAccount account) => Task.FromException<StaffCreateStatus>(exception());

        public Task<IReadOnlyList<string>> GetStaffAsync() => Task.FromException<IReadOnlyList<string>>(exception());
    }
}
