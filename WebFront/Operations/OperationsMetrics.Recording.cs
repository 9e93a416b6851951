using System.Diagnostics.Metrics;
using CheckIn.Silo.Storage;

namespace CheckIn.WebFront.Operations;

/// <summary>The listener side: which instruments are enabled and where each measurement goes.</summary>
internal sealed partial class OperationsMetrics
{
    /// <summary>Orleans' meter (created per host through <see cref="IMeterFactory"/>).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>The project's storage providers' meter (a process-wide static meter, so a process hosting several
    /// silos sees them all).</summary>
    public const string StorageMeterName = StorageMetrics.MeterName;

    private const string ProviderTag = "storage.provider";

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        InstrumentKind? kind = instrument.Meter.Name switch
        {
            OrleansMeterName when ReferenceEquals(instrument.Meter.Scope, _orleansMeterScope) => instrument.Name switch
            {
                // A histogram in 10.4.2 (milliseconds, one measurement per answered call); later Orleans versions
                // publish it as observable -bucket/-count/-sum counters instead.
                "orleans-app-requests-latency" => InstrumentKind.CallLatency,
                "orleans-app-requests-timedout" => InstrumentKind.TimedOut,
                "orleans-messaging-rejected" => InstrumentKind.Rejected,
                "orleans-gateway-load-shedding" => InstrumentKind.LoadShed,
                _ => null,
            },
            StorageMeterName => instrument.Name switch
            {
                StorageMetrics.BatchSizeName => InstrumentKind.BatchSize,
                StorageMetrics.CommitDurationName => InstrumentKind.CommitDuration,
                StorageMetrics.FailedBatchesName => InstrumentKind.FailedBatches,
                _ => null,
            },
            _ => null,
        };
        if (kind is { } known)
        {
            listener.EnableMeasurementEvents(instrument, known);
        }
    }

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        => Record(state, value, tags);

    private void OnMeasurement(Instrument instrument, int value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        => Record(state, value, tags);

    private void OnMeasurement(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        => Record(state, value, tags);

    private void Record(object? state, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        switch (state)
        {
            case InstrumentKind.CallLatency:
                _calls.Add(CallCounter.Calls, 1);
                _calls.RecordLatency(value);
                break;
            case InstrumentKind.TimedOut:
                _calls.Add(CallCounter.TimedOut, (long)value);
                break;
            case InstrumentKind.Rejected:
                _calls.Add(CallCounter.Rejected, (long)value);
                break;
            case InstrumentKind.LoadShed:
                _calls.Add(CallCounter.LoadShed, (long)value);
                break;
            case InstrumentKind.BatchSize:
                var storage = Storage(tags);
                storage.Add(StorageCounter.Commits, 1);
                storage.Add(StorageCounter.Writes, (long)value);
                storage.Max(StorageCounter.MaxBatch, (long)value);
                break;
            case InstrumentKind.CommitDuration:
                Storage(tags).RecordLatency(value);
                break;
            case InstrumentKind.FailedBatches:
                Storage(tags).Add(StorageCounter.Failed, (long)value);
                break;
        }
    }

    private WindowedCounters Storage(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = Tag(tags, ProviderTag) ?? "default";
        return _storage.TryGetValue(key, out var counters)
            ? counters
            : _storage.GetOrAdd(key, static (_, ring) => new WindowedCounters(StorageCounter.Count, histogram: true, ring), _ringSize);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private enum InstrumentKind
    {
        CallLatency,
        TimedOut,
        Rejected,
        LoadShed,
        BatchSize,
        CommitDuration,
        FailedBatches,
    }

    private static class CallCounter
    {
        public const int Calls = 0;
        public const int TimedOut = 1;
        public const int Rejected = 2;
        public const int LoadShed = 3;
        public const int Count = 4;
    }

    private static class StorageCounter
    {
        public const int Commits = 0;
        public const int Writes = 1;
        public const int Failed = 2;
        public const int MaxBatch = 3;
        public const int Count = 4;
    }
}
