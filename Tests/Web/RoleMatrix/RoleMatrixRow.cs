using System.Net;

namespace CheckIn.Tests.Web.RoleMatrix;

/// <summary>One staff endpoint in the role matrix: who may call it, what success looks like, and how to
/// build a fresh request for an actor (rows may set resources up first, e.g. a venue the operator owns).</summary>
/// <param name="Method">The HTTP method, as the endpoint is mapped.</param>
/// <param name="Route">The route pattern as mapped (e.g. <c>/api/tenants/{tenant}/staff</c>); the coverage test
/// matches every authorized endpoint against these.</param>
/// <param name="Allowed">The actors that succeed; every other signed-in actor gets 403, anonymous 401.</param>
/// <param name="Success">The status of a successful call.</param>
/// <param name="CreateRequest">A new request for the actor.</param>
public sealed record RoleMatrixRow(
    string Method,
    string Route,
    IReadOnlySet<MatrixActor> Allowed,
    HttpStatusCode Success,
    Func<RoleMatrixContext, MatrixActor, Task<HttpRequestMessage>> CreateRequest)
{
    /// <summary>The row's name in test output.</summary>
    public string Name => $"{Method} {Route}";

    /// <summary>What the actor should get.</summary>
    public HttpStatusCode Expected(MatrixActor actor) => actor switch
    {
        MatrixActor.Anonymous or MatrixActor.ForgedToken => HttpStatusCode.Unauthorized,
        _ when Allowed.Contains(actor) => Success,
        _ => HttpStatusCode.Forbidden,
    };
}
