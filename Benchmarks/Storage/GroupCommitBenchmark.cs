using System.Globalization;
using BenchmarkDotNet.Attributes;
using CheckIn.Silo.Storage;
using CheckIn.Silo.Storage.Postgres;
using CheckIn.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace CheckIn.Benchmarks.Storage;

/// <summary>1,000 concurrent writers, each updating its own grain's state in PostgreSQL (fsync on) through the
/// project's Orleans grain storage (<c>AddCheckInPostgresGrainStorage</c>), with its ETag. Group commit (one
/// transaction per batch) against one transaction per write: the same provider with <c>MaxBatchSize = 1</c> (the
/// baseline), and, for scale, the reference systems' design where every request runs its own conditional UPDATE
/// on a pooled connection in parallel.</summary>
/// <remarks>Not sealed: BenchmarkDotNet's toolchains work with the benchmark type as written and some of them derive from it.</remarks>
[Config(typeof(StorageBenchmarkConfig))]
public class GroupCommitBenchmark
{
    private const int Writers = 1000;
    private const string StateName = "state";

    // A stock server allows 100 connections; the parallel design's pool stays well below.
    private const int DirectPoolSize = 64;
    private const string UpdateSql = """
        UPDATE checkin_grain_state SET data = $4, version = version + 1
        WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND version = $5
        """;

    private readonly byte[] _payload = new byte[160];
    private PostgresTestServer? _server;
    private ServiceProvider? _services;
    private PostgresGrainStorage? _groupCommit;
    private PostgresGrainStorage? _oneTransactionPerWrite;
    private NpgsqlDataSource? _directDataSource;
    private Writer[] _groupWriters = [];
    private Writer[] _serialWriters = [];
    private Writer[] _directWriters = [];

    // Synchronous on purpose: BenchmarkDotNet 0.14's in-process toolchain (needed here, see RESULTS.md) does not
    // await an async [GlobalSetup] (dotnet/BenchmarkDotNet#1738), so the work would race the measurement.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        Random.Shared.NextBytes(_payload);
        _server = await PostgresTestServer.StartAsync();
        var connectionString = await _server.CreateDatabaseAsync("group_commit_benchmark");
        _services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var activators = _services.GetRequiredService<IActivatorProvider>();
        _groupCommit = new PostgresGrainStorage(
            "group-commit",
            new PostgresGrainStorageOptions { ConnectionString = connectionString, GrainStorageSerializer = new RawBytesSerializer() },
            activators,
            NullLogger<PostgresGrainStorage>.Instance);
        _oneTransactionPerWrite = new PostgresGrainStorage(
            "one-per-write",
            new PostgresGrainStorageOptions { ConnectionString = connectionString, GrainStorageSerializer = new RawBytesSerializer(), MaxBatchSize = 1 },
            activators,
            NullLogger<PostgresGrainStorage>.Instance);
        _directDataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 16, MaxPoolSize = DirectPoolSize }.ConnectionString);

        // Every writer's row exists before measuring, so each write is the steady-state conditional update.
        _groupWriters = await CreateWritersAsync(_groupCommit, "group");
        _serialWriters = await CreateWritersAsync(_groupCommit, "serial");
        _directWriters = await CreateWritersAsync(_groupCommit, "direct");
    }

    private async Task CleanupAsync()
    {
        if (_groupCommit is not null)
        {
            await _groupCommit.DisposeAsync();
        }

        if (_oneTransactionPerWrite is not null)
        {
            await _oneTransactionPerWrite.DisposeAsync();
        }

        if (_directDataSource is not null)
        {
            await _directDataSource.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>The baseline: the same provider, but every write is its own transaction.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Writers)]
    public Task OneTransactionPerWrite() => WriteAllAsync(_oneTransactionPerWrite!, _serialWriters);

    [Benchmark(OperationsPerInvoke = Writers)]
    public Task GroupCommit() => WriteAllAsync(_groupCommit!, _groupWriters);

    /// <summary>The reference systems' design: each request runs its own conditional UPDATE, in parallel over a
    /// connection pool (PostgreSQL then shares WAL flushes between concurrent commits by itself).</summary>
    [Benchmark(OperationsPerInvoke = Writers)]
    public Task ParallelTransactionPerWrite() => Task.WhenAll(_directWriters.Select(WriteDirectAsync));

    private static Task WriteAllAsync(IGrainStorage storage, Writer[] writers) =>
        Task.WhenAll(writers.Select(writer => storage.WriteStateAsync(StateName, writer.GrainId, writer.State)));

    private async Task WriteDirectAsync(Writer writer)
    {
        var expected = long.Parse(writer.State.ETag!, CultureInfo.InvariantCulture);
        await using var command = _directDataSource!.CreateCommand(UpdateSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = writer.GrainId.Type.ToString() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = writer.GrainId.Key.ToString() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StateName });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = writer.State.State });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException($"ETag mismatch for {writer.GrainId}.");
        }

        writer.State.ETag = (expected + 1).ToString(CultureInfo.InvariantCulture);
    }

    private async Task<Writer[]> CreateWritersAsync(IGrainStorage storage, string prefix)
    {
        var writers = Enumerable.Range(0, Writers)
            .Select(i => new Writer(GrainId.Create("benchmark", $"{prefix}-{i}"), new GrainState<byte[]>(_payload)))
            .ToArray();
        await WriteAllAsync(storage, writers);
        return writers;
    }

    /// <summary>One concurrent writer: its grain and its state, whose ETag is that of its last write.</summary>
    private sealed record Writer(GrainId GrainId, GrainState<byte[]> State);

    /// <summary>The state is the payload itself: the benchmark measures commits, not serialization.</summary>
    private sealed class RawBytesSerializer : IGrainStorageSerializer
    {
        public BinaryData Serialize<T>(T? input) => BinaryData.FromBytes((byte[])(object)input!);

        public T Deserialize<T>(BinaryData input) => (T)(object)input.ToArray();
    }
}
