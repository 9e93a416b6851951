using Microsoft.AspNetCore.Diagnostics;

namespace CheckIn.WebFront.Errors;

/// <summary>Gives bodies to empty error responses (unknown route, wrong method, framework 4xx).</summary>
internal static class StatusCodeProblems
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        return ErrorResponses.WriteAsync(http, status, ProblemCodes.ForStatus(status), ProblemCodes.TitleForStatus(status));
    }
}
