namespace CheckIn.Runtime.Generators.Model;

/// <summary>The awaitable a grain method returns, which decides how the proxy and the request adapt the result.</summary>
internal enum ReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}
