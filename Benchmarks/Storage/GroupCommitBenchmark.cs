using BenchmarkDotNet.Attributes;
using CheckIn.Runtime;
using CheckIn.Runtime.Storage;
using CheckIn.Runtime.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CheckIn.Benchmarks.Storage;

/// <summary>1,000 concurrent writers, each updating its own grain's state in PostgreSQL (fsync on), with its
/// ETag. Group commit (one transaction per batch) against one transaction per write: the same provider with
/// <c>MaxBatchSize = 1</c> (the baseline), and, for scale, the reference systems' design where every request
/// runs its own conditional UPDATE on a pooled connection in parallel.</summary>
/// <remarks>Not sealed: BenchmarkDotNet's toolchains work with the benchmark type as written and some of them derive from it.</remarks>
[Config(typeof(StorageBenchmarkConfig))]
public class GroupCommitBenchmark
{
    private const int Writers = 1000;
    private const string StateName = "state";
    private const string UpdateSql = """
        UPDATE grain_state SET data = $4, version = version + 1
        WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3 AND version = $5
        """;

    private readonly byte[] _payload = new byte[160];
    private PostgresTestServer? _server;
    private PostgresGrainStorage? _groupCommit;
    private PostgresGrainStorage? _oneTransactionPerWrite;
    private NpgsqlDataSource? _directDataSource;
    private Writer[] _groupWriters = [];
    private Writer[] _serialWriters = [];
    private Writer[] _directWriters = [];

    // Synchronous on purpose: BenchmarkDotNet 0.14's in-process toolchain (needed here, see RESULTS-storage.md)
    // does not await an async [GlobalSetup] (dotnet/BenchmarkDotNet#1738), so the work would race the measurement.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        Random.Shared.NextBytes(_payload);
        _server = await PostgresTestServer.StartAsync();
        var connectionString = await _server.CreateDatabaseAsync("group_commit_benchmark");
        _groupCommit = new PostgresGrainStorage(
            "group-commit",
            new PostgresStorageOptions { ConnectionString = connectionString },
            NullLogger<PostgresGrainStorage>.Instance);
        _oneTransactionPerWrite = new PostgresGrainStorage(
            "one-per-write",
            new PostgresStorageOptions { ConnectionString = connectionString, MaxBatchSize = 1 },
            NullLogger<PostgresGrainStorage>.Instance);
        _directDataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 16 }.ConnectionString);

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
        Task.WhenAll(writers.Select(writer => WriteAsync(storage, writer)));

    private static async Task WriteAsync(IGrainStorage storage, Writer writer)
    {
        writer.Etag = await storage.WriteAsync(StateName, writer.GrainId, writer.Payload, writer.Etag);
    }

    private async Task WriteDirectAsync(Writer writer)
    {
        var expected = long.Parse(writer.Etag!, System.Globalization.CultureInfo.InvariantCulture);
        await using var command = _directDataSource!.CreateCommand(UpdateSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = writer.GrainId.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = writer.GrainId.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StateName });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = writer.Payload });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = expected });
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException($"ETag mismatch for {writer.GrainId}.");
        }

        writer.Etag = (expected + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<Writer[]> CreateWritersAsync(IGrainStorage storage, string prefix)
    {
        var writers = Enumerable.Range(0, Writers)
            .Select(i => new Writer(new GrainId("BenchmarkGrain", $"{prefix}-{i}"), _payload))
            .ToArray();
        await WriteAllAsync(storage, writers);
        return writers;
    }

    /// <summary>One concurrent writer: its grain and the ETag of its last write.</summary>
    private sealed class Writer(GrainId grainId, byte[] payload)
    {
        public GrainId GrainId { get; } = grainId;

        public byte[] Payload { get; } = payload;

        public string? Etag { get; set; }
    }
}
