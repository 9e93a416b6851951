using System.Diagnostics.Metrics;

namespace CheckIn.Runtime.Diagnostics;

/// <summary>The listener side: which instruments are enabled and where each measurement goes.</summary>
public sealed partial class RuntimeMetricsAggregator
{
    private const string GrainTypeTag = "grain.type";
    private const string GrainMethodTag = "grain.method";
    private const string OutcomeTag = "outcome";
    private const string ProviderTag = "storage.provider";

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        if (instrument.Meter.Name != RuntimeMetrics.MeterName)
        {
            return;
        }

        // Queue depth is left disabled: the dashboard does not show it, and an enabled instrument costs the
        // runtime a tag list per message.
        InstrumentKind? kind = instrument.Name switch
        {
            "checkin.grain.calls" => InstrumentKind.Calls,
            "checkin.grain.call.duration" => InstrumentKind.CallDuration,
            "checkin.grain.calls.rejected" => InstrumentKind.Rejected,
            "checkin.grain.calls.timeout" => InstrumentKind.TimedOut,
            "checkin.grain.activations" => InstrumentKind.Activations,
            "checkin.storage.batch.size" => InstrumentKind.BatchSize,
            "checkin.storage.commit.duration" => InstrumentKind.CommitDuration,
            "checkin.storage.batch.failed" => InstrumentKind.FailedBatches,
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
        if (state is not InstrumentKind kind)
        {
            return;
        }

        switch (kind)
        {
            case InstrumentKind.Calls:
                var method = Method(tags);
                method.Add(MethodCounter.Calls, (long)value);
                if (Tag(tags, OutcomeTag) is "error")
                {
                    method.Add(MethodCounter.Errors, (long)value);
                }

                break;
            case InstrumentKind.CallDuration:
                Method(tags).RecordLatency(value);
                break;
            case InstrumentKind.Rejected:
                GrainType(tags).Add(TypeCounter.Rejected, (long)value);
                break;
            case InstrumentKind.TimedOut:
                GrainType(tags).Add(TypeCounter.TimedOut, (long)value);
                break;
            case InstrumentKind.Activations:
                GrainType(tags).Add(TypeCounter.Activations, (long)value);
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

    private WindowedCounters Method(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = (Tag(tags, GrainTypeTag) ?? "?", Tag(tags, GrainMethodTag) ?? "?");
        return _methods.TryGetValue(key, out var counters)
            ? counters
            : _methods.GetOrAdd(key, static (_, ring) => new WindowedCounters(MethodCounter.Count, histogram: true, ring), _ringSize);
    }

    private WindowedCounters GrainType(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = Tag(tags, GrainTypeTag) ?? "?";
        return _types.TryGetValue(key, out var counters)
            ? counters
            : _types.GetOrAdd(key, static (_, ring) => new WindowedCounters(TypeCounter.Count, histogram: false, ring), _ringSize);
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
        Calls,
        CallDuration,
        Rejected,
        TimedOut,
        Activations,
        BatchSize,
        CommitDuration,
        FailedBatches,
    }

    private static class MethodCounter
    {
        public const int Calls = 0;
        public const int Errors = 1;
        public const int Count = 2;
    }

    private static class TypeCounter
    {
        public const int Activations = 0;
        public const int Rejected = 1;
        public const int TimedOut = 2;
        public const int Count = 3;
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
