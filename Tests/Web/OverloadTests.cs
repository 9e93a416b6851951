using System.Net;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Runtime;
using CheckIn.Runtime.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CheckIn.Tests.Web;

/// <summary>A grain's back-pressure reaches the client as 503 with Retry-After.</summary>
public sealed class OverloadTests
{
    [Fact]
    public async Task GrainOverloaded_Returns503WithRetryAfterAndCode()
    {
        await using var factory = new WebFrontFactory(services: services =>
        {
            services.RemoveAll<IGrainFactory>();
            services.TryAddSingleton<GrainFactory>();
            services.AddSingleton<IGrainFactory>(sp => new OverloadedTenantsGrainFactory(sp.GetRequiredService<GrainFactory>()));
        });
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("busy"), name = "Busy" });

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>The real factory, except that every tenant grain's queue is full.</summary>
    private sealed class OverloadedTenantsGrainFactory(IGrainFactory inner) : IGrainFactory
    {
        public TGrain GetGrain<TGrain>(string key)
            where TGrain : IGrainWithStringKey
            => typeof(TGrain) == typeof(ITenantGrain) ? (TGrain)(object)new OverloadedTenantGrain(key) : inner.GetGrain<TGrain>(key);

        public TGrain GetGrain<TGrain>(Guid key)
            where TGrain : IGrainWithGuidKey
            => inner.GetGrain<TGrain>(key);

        public TGrain GetGrain<TGrain>(long key)
            where TGrain : IGrainWithIntegerKey
            => inner.GetGrain<TGrain>(key);
    }

    private sealed class OverloadedTenantGrain(string key) : ITenantGrain
    {
        public Task<TenantCreateStatus> CreateAsync(string name, string createdBy) => throw Overloaded();

        public Task<TenantInfo?> GetAsync() => throw Overloaded();

        public Task<StaffCreateStatus> AddStaffAsync(NewStaffAccount account) => throw Overloaded();

        public Task<IReadOnlyList<string>> GetStaffAsync() => throw Overloaded();

        private GrainOverloadedException Overloaded() => new(new GrainId("TenantGrain", key), 10_000);
    }
}
