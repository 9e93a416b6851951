using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.Silo.Hosting;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Errors;
using CheckIn.WebFront.Operations;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Hosting;

/// <summary>The web front's services and middleware, so that <c>Program.cs</c> stays a list of areas.</summary>
public static class WebFrontHostingExtensions
{
    /// <summary>The data-protection application name every web front shares (and the key ring grain's key).</summary>
    public const string DataProtectionApplicationName = "checkin-webfront";

    /// <summary>Co-hosts an Orleans silo (<see cref="CheckInSiloHostingExtensions.UseCheckInSilo"/>), or, when
    /// <c>ClusterClient:ConnectionString</c> is configured, makes this process an Orleans client of that cluster
    /// instead (<see cref="CheckInSiloHostingExtensions.UseCheckInClusterClient"/>); then staff authentication and
    /// policies, the error model, trusted proxies' forwarded headers, rate limits, the operations figures, OpenAPI
    /// and health checks.</summary>
    public static WebApplicationBuilder AddCheckInWebFront(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var clusterClient = !string.IsNullOrWhiteSpace(builder.Configuration[$"{ClusterClientSettings.SectionName}:{nameof(ClusterClientSettings.ConnectionString)}"]);
        if (clusterClient)
        {
            builder.UseCheckInClusterClient();
        }
        else
        {
            builder.UseCheckInSilo();
        }

        services.TryAddSingleton(new WebFrontHosting(clusterClient ? WebFrontHosting.ClientMode : WebFrontHosting.CoHostedMode));

        services.AddOptions<WebFrontOptions>().BindConfiguration(WebFrontOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebFrontOptions>, WebFrontOptionsValidator>());
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.AddOptions<StaffLockoutOptions>().BindConfiguration(StaffLockoutOptions.SectionName);

        // Bad input must become a 4xx problem with a code: let parameter binding throw, and map it.
        services.Configure<RouteHandlerOptions>(static o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(static o => o.CustomizeProblemDetails = ProblemDetailsSetup.Customize);
        services.AddExceptionHandler<ProblemExceptionHandler>();

        services.AddAuthentication(StaffAuthenticationDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, StaffAuthenticationHandler>(StaffAuthenticationDefaults.Scheme, null);
        services.AddAuthorizationBuilder().AddStaffPolicies();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, TenantRoleHandler>());
        // One key ring for every web front of the cluster, in grain storage (anti-forgery tokens survive restarts and
        // load balancers).
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(static sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new GrainXmlRepository(sp.GetRequiredService<IGrainFactory>(), DataProtectionApplicationName)));
        services.AddAntiforgery(static o =>
        {
            o.Cookie.Name = "checkin_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__af";
        });
        services.TryAddSingleton<SigningKeyProvider>();
        services.TryAddSingleton(static sp => new SignedTokens(sp.GetRequiredService<SigningKeyProvider>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<StaffTokenService>();
        services.TryAddSingleton<SignInService>();
        services.AddHostedService<AdminBootstrapper>();

        services.AddCheckInForwardedHeaders();
        services.AddCheckInRateLimiting();
        services.AddOperationsMetrics();
        services.TryAddSingleton<IClusterSilos, ManagementGrainClusterSilos>();
        services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        services.AddOpenApi();
        return builder;
    }

    /// <summary>The middleware, in order: forwarded headers first (everything after sees the client's address and
    /// scheme, not the proxy's), then errors, static files, routing, the body limit, authentication, rate limits
    /// (after authentication, for per-account limits), authorization, anti-forgery.</summary>
    public static WebApplication UseCheckInWebFront(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
