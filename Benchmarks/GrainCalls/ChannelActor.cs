using System.Threading.Channels;

namespace CheckIn.Benchmarks.GrainCalls;

/// <summary>The baseline: a bare actor with a <see cref="Channel{T}"/> mailbox and one reader loop, doing
/// the same work as <see cref="CalculatorGrain"/> with no identity, activation, timeout or back-pressure.
/// Its callers await a <see cref="TaskCompletionSource{TResult}"/> with asynchronous continuations, as
/// the grain runtime's callers do, so both hand results back the same way.</summary>
public sealed class ChannelActor
{
    private readonly Channel<(long Amount, TaskCompletionSource<long> Reply)> _mailbox =
        Channel.CreateUnbounded<(long, TaskCompletionSource<long>)>(new UnboundedChannelOptions { SingleReader = true });

    private long _total;

    public ChannelActor() => _ = Task.Run(RunAsync);

    public Task<long> Add(long amount)
    {
        var reply = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _mailbox.Writer.TryWrite((amount, reply));
        return reply.Task;
    }

    public void Stop() => _mailbox.Writer.TryComplete();

    private async Task RunAsync()
    {
        var reader = _mailbox.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                _total += message.Amount;
                message.Reply.TrySetResult(_total);
            }
        }
    }
}
