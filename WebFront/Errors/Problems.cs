using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Errors;

/// <summary>Builds RFC 9457 problem responses (<c>application/problem+json</c>) that always carry a
/// <c>code</c> member.</summary>
public static class Problems
{
    /// <summary>The key of the machine-readable code in a problem's extensions.</summary>
    public const string CodeKey = "code";

    /// <summary>A problem with a status, code and title.</summary>
    public static ProblemHttpResult Of(int status, string code, string title, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var members = extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(extensions);
        members[CodeKey] = code;
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: members);
    }

    /// <summary>400 <c>validation_failed</c> with an <c>errors</c> member naming each bad field.</summary>
    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors)
        => Of(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, "Some fields are missing or invalid",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>400 <c>missing_body</c>: the endpoint needs a JSON body.</summary>
    public static ProblemHttpResult MissingBody()
        => Of(StatusCodes.Status400BadRequest, ProblemCodes.MissingBody, "A JSON request body is required");

    /// <summary>403 <c>forbidden</c>, for checks an endpoint makes itself (resource-based authorization).</summary>
    public static ProblemHttpResult Forbidden()
        => Of(StatusCodes.Status403Forbidden, ProblemCodes.Forbidden, ProblemCodes.TitleForStatus(StatusCodes.Status403Forbidden));
}
