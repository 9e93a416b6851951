using System.Threading.RateLimiting;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Errors;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.RateLimits;

/// <summary>Registers the named policies of <see cref="RateLimitPolicies"/> with ASP.NET Core's rate limiter.</summary>
internal static class RateLimitingSetup
{
    public static IServiceCollection AddCheckInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                TimeSpan? retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                return new ValueTask(ErrorResponses.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests,
                    ProblemCodes.RateLimited, ProblemCodes.TitleForStatus(StatusCodes.Status429TooManyRequests), retryAfter: retryAfter));
            };
            limiter.AddPolicy(RateLimitPolicies.PerClientAddress, http =>
            {
                var options = Options(http);
                return options.Enabled
                    ? FixedWindow("address:" + ClientAddress.Of(http), options.PerAddress)
                    : RateLimitPartition.GetNoLimiter("off");
            });
            limiter.AddPolicy(RateLimitPolicies.SignIn, http =>
            {
                var options = Options(http);
                return options.Enabled
                    ? FixedWindow("sign-in:" + ClientAddress.Of(http), options.SignIn)
                    : RateLimitPartition.GetNoLimiter("off");
            });
            limiter.AddPolicy(RateLimitPolicies.PerAccount, http =>
            {
                var key = http.User.GetStaffUsername() is { } username ? "account:" + username : "address:" + ClientAddress.Of(http);
                return FixedWindow(key, Options(http).PerAccount);
            });
        });
        return services;
    }

    private static RateLimitingOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;

    private static RateLimitPartition<string> FixedWindow(string key, RateLimitRule rule)
        => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
