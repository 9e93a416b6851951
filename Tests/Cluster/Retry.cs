namespace CheckIn.Tests.Cluster;

/// <summary>Calls that fail while the cluster notices a crash: retried until they succeed, with a deadline.</summary>
internal static class Retry
{
    /// <summary>How long one attempt may take before it counts as failed (a call to a dead silo can hang).</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> call, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            try
            {
                return await call().WaitAsync(AttemptTimeout, TestContext.Current.CancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && DateTime.UtcNow < until)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }
}
