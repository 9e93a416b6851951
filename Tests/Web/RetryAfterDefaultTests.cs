using CheckIn.WebFront.Errors;
using CheckIn.WebFront.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Web;

/// <summary>Every problem answered 503 carries a Retry-After, also one an endpoint returns as a value (a grain's
/// <c>unavailable</c> refusal, <c>TypedResults.Problem</c>), which goes through the problem details customization.</summary>
public sealed class RetryAfterDefaultTests
{
    [Fact]
    public void Customize_503ProblemWithoutRetryAfter_GetsTheConfiguredRetryAfter()
    {
        var context = Context(retryAfterSeconds: 4);

        ProblemDetailsSetup.Customize(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails { Status = 503 } });

        Assert.Equal("4", context.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public void Customize_503ProblemWithItsOwnRetryAfter_KeepsIt()
    {
        var context = Context(retryAfterSeconds: 4);
        context.Response.Headers.RetryAfter = "7";

        ProblemDetailsSetup.Customize(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails { Status = 503 } });

        Assert.Equal("7", context.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public void Customize_OtherStatus_NoRetryAfter()
    {
        var context = Context(retryAfterSeconds: 4);

        ProblemDetailsSetup.Customize(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails { Status = 500 } });

        Assert.False(context.Response.Headers.ContainsKey("Retry-After"));
    }

    private static DefaultHttpContext Context(int retryAfterSeconds)
    {
        var services = new ServiceCollection();
        services.AddOptions<WebFrontOptions>().Configure(o => o.RetryAfterSeconds = retryAfterSeconds);
        return new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
    }
}
