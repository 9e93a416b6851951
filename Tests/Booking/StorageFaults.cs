using CheckIn.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CheckIn.Tests.Booking;

/// <summary>Puts a <see cref="FaultyGrainStorage"/> in front of a test silo's default storage. Each start of the
/// silo (a restart included) wraps that silo's own storage; the rule a test set carries over.</summary>
public sealed class StorageFaults
{
    private FaultyGrainStorage? _storage;
    private Func<string, GrainId, WriteFault>? _rule;

    public FaultyGrainStorage Storage => _storage ?? throw new InvalidOperationException("The silo has not started.");

    /// <summary>Fails the writes <paramref name="rule"/> picks, in the running silo and any restarted one.</summary>
    public void FailWrites(Func<string, GrainId, WriteFault> rule)
    {
        _rule = rule;
        Storage.FailWrites(rule);
    }

    public void Heal()
    {
        _rule = null;
        Storage.Heal();
    }

    public void Install(IServiceCollection services)
        => services.WrapGrainStorage(inner =>
        {
            var storage = new FaultyGrainStorage(inner);
            if (_rule is { } rule)
            {
                storage.FailWrites(rule);
            }

            _storage = storage;
            return storage;
        });
}
