using System.Net;
using System.Net.Sockets;
using CheckIn.Grains.Interfaces.Booking;
using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Tests.Web.Grains;
using CheckIn.WebFront.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CheckIn.Tests.Web;

/// <summary>Exceptions from grains reach the client as problems: back-pressure and a database that is down as 503 with Retry-After,
/// registered domain exceptions as their own status and code.</summary>
public sealed class GrainExceptionTests
{
    [Fact]
    public async Task GrainOverloaded_ActivationQueueOverOrleansLimit_Returns503WithRetryAfterAndCode()
    {
        var key = WebFixture.Unique("hold");
        IOverloadProbeGrain? probe = null;
        await using var factory = new WebFrontFactory(
            new Dictionary<string, string?> { ["Silo:MaxQueueLength"] = "1" },
            services => ReplaceTenantGrains(services, _ => new ForwardingTenantGrain(() => probe!.Hold())));
        using var client = await factory.CreateAdminClientAsync();
        probe = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IOverloadProbeGrain>(key);
        // One call runs (and waits for the release), one waits in the activation's queue: the queue is at its limit.
        // The second is sent once the first runs: sent together, both may sit in the queue and the second is refused.
        var running = probe.Hold();
        await OverloadProbeGrain.WhenHolding(key).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var queued = probe.Hold();
        try
        {
            using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("busy"), name = "Busy" });

            await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
            Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        }
        finally
        {
            OverloadProbeGrain.Release(key);
            await Task.WhenAll(running, queued);
        }
    }

    [Fact]
    public async Task GatewayTooBusy_LoadShedding_Returns503OverloadedWithRetryAfter()
    {
        await using var factory = FactoryWhereTenantGrainsThrow(_ => new GatewayTooBusyException());
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("shed"), name = "Shed" });

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "overloaded");
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task ResponseTimeout_Returns503TimeoutWithRetryAfter()
    {
        await using var factory = FactoryWhereTenantGrainsThrow(_ => new TimeoutException("Response did not arrive on time"));
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("slow"), name = "Slow" });

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "timeout");
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task SiloUnavailable_Returns503WithRetryAfter()
    {
        await using var factory = FactoryWhereTenantGrainsThrow(_ => new SiloUnavailableException());
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("gone"), name = "Gone" });

        await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "timeout");
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public Task StorageUnavailable_ConnectionRefusedInsideOrleansStorageError_Returns503UnavailableWithRetryAfter()
        // What a grain activation meets while PostgreSQL is stopped: Orleans wraps the provider's exception.
        => AssertTenantCreationAnswersAsync(
            new OrleansException(
                "Error from storage provider PostgresGrainStorage.tenant during ReadStateAsync",
                new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused))),
            HttpStatusCode.ServiceUnavailable, "unavailable", TimeSpan.FromSeconds(1));

    [Fact]
    public Task StorageUnavailable_ServerStillStarting57P03_Returns503UnavailableWithRetryAfter()
        => AssertTenantCreationAnswersAsync(
            new OrleansException(
                "Error from storage provider PostgresGrainStorage.tenant during ReadStateAsync",
                new PostgresException("the database system is not yet accepting connections", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow)),
            HttpStatusCode.ServiceUnavailable, "unavailable", TimeSpan.FromSeconds(1));

    [Fact]
    public Task StorageError_NotTransientConstraintViolation_Returns500WithoutRetryAfter()
        // Retrying cannot mend a violated constraint: that is a bug, not an outage.
        => AssertTenantCreationAnswersAsync(
            new OrleansException(
                "Error from storage provider PostgresGrainStorage.tenant during WriteStateAsync",
                new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)),
            HttpStatusCode.InternalServerError, "internal_error", retryAfter: null);

    [Fact]
    public Task BookingUnavailable_RefusalWithoutRetryAfter_Returns503WithTheDefaultRetryAfter()
        // A grain that could not store its state says "unavailable" and names no delay; the client still learns when to retry.
        => AssertTenantCreationAnswersAsync(
            new BookingException(BookingErrorCodes.Unavailable, "The booking could not be stored; nothing was confirmed, try again."),
            HttpStatusCode.ServiceUnavailable, "unavailable", TimeSpan.FromSeconds(1));

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

    /// <summary>Creating a tenant, whose grain throws <paramref name="exception"/>, is answered with this status, code
    /// and Retry-After (null: none).</summary>
    private static async Task AssertTenantCreationAnswersAsync(Exception exception, HttpStatusCode status, string code, TimeSpan? retryAfter)
    {
        await using var factory = FactoryWhereTenantGrainsThrow(_ => exception);
        using var client = await factory.CreateAdminClientAsync();

        using var response = await client.PostJsonAsync("/api/tenants", new { id = WebFixture.Unique("fails"), name = "Fails" });

        await response.AssertProblemAsync(status, code);
        Assert.Equal(retryAfter, response.Headers.RetryAfter?.Delta);
    }

    private static WebFrontFactory FactoryWhereTenantGrainsThrow(Func<string, Exception> exception, Action<IServiceCollection>? more = null)
        => new(services: services =>
        {
            ReplaceTenantGrains(services, key => new FailingTenantGrain(() => exception(key)));
            more?.Invoke(services);
        });

    /// <summary>The web front's endpoints get a grain factory whose tenant grains are <paramref name="tenant"/>; Orleans
    /// itself keeps the real one.</summary>
    private static void ReplaceTenantGrains(IServiceCollection services, Func<string, ITenantGrain> tenant)
    {
        var real = services.Last(static d => d.ServiceType == typeof(IGrainFactory));
        services.RemoveAll<IGrainFactory>();
        services.AddSingleton<IGrainFactory>(sp => new SubstituteTenantsGrainFactory((IGrainFactory)Resolve(sp, real), tenant));
    }

    private static object Resolve(IServiceProvider services, ServiceDescriptor descriptor)
        => descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.GetServiceOrCreateInstance(services, descriptor.ImplementationType!);

    private sealed class SampleDomainException(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }

    /// <summary>The real factory, except for tenant grains.</summary>
    private sealed class SubstituteTenantsGrainFactory(IGrainFactory inner, Func<string, ITenantGrain> tenant) : IGrainFactory
    {
        public TGrain GetGrain<TGrain>(string primaryKey, string? grainClassNamePrefix = null)
            where TGrain : IGrainWithStringKey
            => typeof(TGrain) == typeof(ITenantGrain) ? (TGrain)tenant(primaryKey) : inner.GetGrain<TGrain>(primaryKey, grainClassNamePrefix);

        public TGrain GetGrain<TGrain>(Guid primaryKey, string? grainClassNamePrefix = null)
            where TGrain : IGrainWithGuidKey
            => inner.GetGrain<TGrain>(primaryKey, grainClassNamePrefix);

        public TGrain GetGrain<TGrain>(long primaryKey, string? grainClassNamePrefix = null)
            where TGrain : IGrainWithIntegerKey
            => inner.GetGrain<TGrain>(primaryKey, grainClassNamePrefix);

        public TGrain GetGrain<TGrain>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
            where TGrain : IGrainWithGuidCompoundKey
            => inner.GetGrain<TGrain>(primaryKey, keyExtension, grainClassNamePrefix);

        public TGrain GetGrain<TGrain>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
            where TGrain : IGrainWithIntegerCompoundKey
            => inner.GetGrain<TGrain>(primaryKey, keyExtension, grainClassNamePrefix);

        public TGrain GetGrain<TGrain>(GrainId grainId)
            where TGrain : IAddressable
            => inner.GetGrain<TGrain>(grainId);

        public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
            where TGrainObserverInterface : IGrainObserver
            => inner.CreateObjectReference<TGrainObserverInterface>(obj);

        public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
            where TGrainObserverInterface : IGrainObserver
            => inner.DeleteObjectReference<TGrainObserverInterface>(obj);

        public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => inner.GetGrain(grainId, interfaceType);

        public IAddressable GetGrain(GrainId grainId) => inner.GetGrain(grainId);

        public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) => inner.GetGrain(interfaceType, grainKey, grainClassNamePrefix);

        public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => inner.GetGrain(interfaceType, grainKey);

        public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => inner.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

        public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => inner.GetGrain(grainInterfaceType, grainPrimaryKey);

        public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => inner.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

        public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => inner.GetGrain(grainInterfaceType, grainPrimaryKey);

        public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => inner.GetGrain(grainInterfaceType, grainPrimaryKey);
    }

    /// <summary>A tenant grain whose creation is another call (to a probe grain).</summary>
    private sealed class ForwardingTenantGrain(Func<Task> create) : ITenantGrain
    {
        public async Task<TenantCreateStatus> CreateAsync(string name, string createdBy)
        {
            await create();
            return TenantCreateStatus.Created;
        }

        public Task<TenantInfo?> GetAsync() => Task.FromResult<TenantInfo?>(null);

        public Task<StaffCreateStatus> AddStaffAsync(NewStaffAccount account) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> GetStaffAsync() => Task.FromResult<IReadOnlyList<string>>([]);
    }

    private sealed class FailingTenantGrain(Func<Exception> exception) : ITenantGrain
    {
        public Task<TenantCreateStatus> CreateAsync(string name, string createdBy) => Task.FromException<TenantCreateStatus>(exception());

        public Task<TenantInfo?> GetAsync() => Task.FromException<TenantInfo?>(exception());

        public Task<StaffCreateStatus> AddStaffAsync(NewStaffAccount account) => Task.FromException<StaffCreateStatus>(exception());

        public Task<IReadOnlyList<string>> GetStaffAsync() => Task.FromException<IReadOnlyList<string>>(exception());
    }
}
