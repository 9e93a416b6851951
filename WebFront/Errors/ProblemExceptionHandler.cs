using System.Text.Json;
using CheckIn.WebFront.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Messaging;

namespace CheckIn.WebFront.Errors;

/// <summary>Turns exceptions into problems: registered domain exceptions (<see cref="DomainExceptionMapping"/>)
/// as they say; bad input (malformed JSON, wrong types, wrong content type,
/// oversize body) into 4xx; Orleans' back-pressure (an activation's queue over <c>MaxEnqueuedRequestsHardLimit</c>:
/// <see cref="LimitExceededException"/>; load shedding: <see cref="GatewayTooBusyException"/>), its response timeout
/// (<see cref="TimeoutException"/>), an unreachable silo and a database that is down or restarting
/// (<see cref="StorageFailures"/>) into 503 with Retry-After; anything else into a 500 that reveals nothing.</summary>
internal sealed partial class ProblemExceptionHandler(
    IOptions<WebFrontOptions> options,
    IEnumerable<DomainExceptionMapping> mappings,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (mappings.FirstOrDefault(m => m.ExceptionType.IsInstanceOfType(exception)) is { } mapping)
        {
            var failure = mapping.Failure(exception);
            LogRejected(logger, httpContext.Request.Method, httpContext.Request.Path, failure.Status, failure.Code);
            await ErrorResponses.WriteAsync(httpContext, failure.Status, failure.Code, failure.Title, retryAfter: mapping.RetryAfter(exception)).ConfigureAwait(false);
            return true;
        }

        var retry = TimeSpan.FromSeconds(options.Value.RetryAfterSeconds);
        var (status, code, title, detail, retryAfter) = exception switch
        {
            LimitExceededException or GatewayTooBusyException => (StatusCodes.Status503ServiceUnavailable, ProblemCodes.Overloaded, "The service is busy; retry shortly", null, retry),
            TimeoutException => (StatusCodes.Status503ServiceUnavailable, ProblemCodes.Timeout, "The service did not answer in time; retry shortly", null, retry),
            // SiloUnavailableException is an OrleansMessageRejectionException.
            OrleansMessageRejectionException or ConnectionFailedException => (StatusCodes.Status503ServiceUnavailable, ProblemCodes.Timeout, "A server of the cluster is unavailable; retry shortly", null, retry),
            _ when StorageFailures.IsUnavailable(exception) => (StatusCodes.Status503ServiceUnavailable, ProblemCodes.Unavailable, "The database is unavailable; retry shortly", null, retry),
            BadHttpRequestException bad => Describe(httpContext, bad),
            _ => (StatusCodes.Status500InternalServerError, ProblemCodes.InternalError, "An unexpected error occurred", (string?)null, (TimeSpan?)null),
        };

        // A database outage is logged where storage met it (once per failed operation), not again per request.
        if (status >= 500 && !IsOverload(exception) && !StorageFailures.IsUnavailable(exception))
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            LogRejected(logger, httpContext.Request.Method, httpContext.Request.Path, status, code);
        }

        await ErrorResponses.WriteAsync(httpContext, status, code, title, detail, retryAfter).ConfigureAwait(false);
        return true;
    }

    /// <summary>Orleans refused the call instead of queueing it: expected under a burst, not an error to log.</summary>
    internal static bool IsOverload(Exception exception) => exception is LimitExceededException or GatewayTooBusyException;

    private static (int Status, string Code, string Title, string? Detail, TimeSpan? RetryAfter) Describe(HttpContext context, BadHttpRequestException bad)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return (StatusCodes.Status400BadRequest, ProblemCodes.AntiforgeryFailed, "The form has expired; reload the page and try again", null, null);
        }

        return bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => (413, ProblemCodes.BodyTooLarge, ProblemCodes.TitleForStatus(413), null, null),
            StatusCodes.Status415UnsupportedMediaType => (415, ProblemCodes.UnsupportedMediaType, "Send the body as application/json", null, null),
            _ when bad.InnerException is JsonException json => (400, ProblemCodes.InvalidJson, "The request body is not valid JSON for this endpoint",
                json.Path is { Length: > 0 } path ? $"The value at {path} could not be read." : null, null),
            var other when other is >= 400 and < 500 => (other, ProblemCodes.ForStatus(other), ProblemCodes.TitleForStatus(other), null, null),
            _ => (400, ProblemCodes.BadRequest, ProblemCodes.TitleForStatus(400), null, null),
        };
    }
}
