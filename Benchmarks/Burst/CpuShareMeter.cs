using System.Globalization;

namespace CheckIn.Benchmarks.Burst;

/// <summary>Where the machine's CPU went while a burst ran: the share of every core's time taken by the server process,
/// by this process (the load client, and in-process also the silo), by PostgreSQL (every process named
/// <c>postgres</c>), by everything else, and left idle. Read from Linux's <c>/proc</c> at the start and at the end
/// (what a process that exits in between used is counted under "other"); elsewhere it reports that it could not
/// measure.</summary>
internal sealed class CpuShareMeter
{
    private const string PostgresName = "postgres";
    private readonly int? _serverProcessId;
    private readonly Snapshot? _start;

    /// <param name="serverProcessId">The server's process (web front or baseline), or null when the server is this
    /// process.</param>
    public CpuShareMeter(int? serverProcessId = null)
    {
        _serverProcessId = serverProcessId;
        _start = Snapshot.Take(serverProcessId);
    }

    /// <summary>One line for the report, e.g. "CPU during the stampede (2 cores, 8.1 s): web front 71 %, load client
    /// 9 %, PostgreSQL 12 %, other 3 %, idle 5 %; web front 270 µs per request" (the last part when
    /// <paramref name="requests"/> is given: the server's CPU time, or in-process the one process's, divided by it).</summary>
    public string Describe(string phase, string serverName, int requests = 0)
    {
        var end = Snapshot.Take(_serverProcessId);
        if (_start is null || end is null || end.Total <= _start.Total)
        {
            return $"CPU during {phase}: not measured (no /proc here)";
        }

        var total = (double)(end.Total - _start.Total);
        var server = _serverProcessId is null ? 0 : end.Server - _start.Server;
        var self = end.Self - _start.Self;
        var postgres = Used(_start.Postgres, end.Postgres);
        var idle = end.Idle - _start.Idle;
        var other = Math.Max(0, end.Total - _start.Total - server - self - postgres - idle);
        var parts = new List<string>();
        if (_serverProcessId is not null)
        {
            parts.Add($"{serverName} {Percent(server)}");
        }

        parts.Add($"{(_serverProcessId is null ? serverName + " and load client (one process)" : "load client")} {Percent(self)}");
        parts.Add($"PostgreSQL {Percent(postgres)}");
        parts.Add($"other {Percent(other)}");
        parts.Add($"idle {Percent(idle)}");
        var seconds = total / Environment.ProcessorCount / Snapshot.TicksPerSecond;
        var line = string.Create(CultureInfo.InvariantCulture, $"CPU during {phase} ({Environment.ProcessorCount} cores, {seconds:0.0} s): {string.Join(", ", parts)}");
        if (requests > 0)
        {
            var (name, ticks) = _serverProcessId is null ? (serverName + " and load client", self) : (serverName, server);
            line += string.Create(CultureInfo.InvariantCulture, $"; {name} {MicrosecondsPerRequest(ticks, requests):N0} µs per request");
        }

        return line;

        string Percent(long ticks) => string.Create(CultureInfo.InvariantCulture, $"{100 * ticks / total:0} %");
    }

    /// <summary>CPU time per request, in microseconds, of <paramref name="ticks"/> (USER_HZ) spent on
    /// <paramref name="requests"/> requests.</summary>
    internal static double MicrosecondsPerRequest(long ticks, int requests)
        => ticks * (1_000_000.0 / Snapshot.TicksPerSecond) / requests;

    /// <summary>The ticks the processes of <paramref name="end"/> used since <paramref name="start"/>: a process
    /// started in between counts whole, one that exited in between not at all (its ticks are gone with it).</summary>
    internal static long Used(IReadOnlyDictionary<int, long> start, IReadOnlyDictionary<int, long> end)
        => end.Sum(process => Math.Max(0, process.Value - start.GetValueOrDefault(process.Key)));

    /// <summary>Cumulative CPU ticks (USER_HZ) of the whole machine and of the processes of interest (PostgreSQL's
    /// per process).</summary>
    private sealed record Snapshot(long Total, long Idle, long Server, long Self, IReadOnlyDictionary<int, long> Postgres)
    {
        // USER_HZ: 100 on every Linux architecture .NET runs on.
        public const int TicksPerSecond = 100;

        public static Snapshot? Take(int? serverProcessId)
        {
            try
            {
                var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var ticks = cpu.Skip(1).Take(8).Select(static v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();

                // user nice system idle iowait irq softirq steal
                var idle = ticks[3] + ticks[4];
                var postgres = new Dictionary<int, long>();
                foreach (var directory in Directory.EnumerateDirectories("/proc"))
                {
                    if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                        && ProcessTicks(pid) is ({ } name, var used) && name == PostgresName)
                    {
                        postgres[pid] = used;
                    }
                }

                var server = serverProcessId is { } id ? ProcessTicks(id)?.Ticks ?? 0 : 0;
                return new Snapshot(ticks.Sum(), idle, server, ProcessTicks(Environment.ProcessId)?.Ticks ?? 0, postgres);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>A process's name and user plus system ticks, from /proc/{pid}/stat; null when it is gone.</summary>
        private static (string Name, long Ticks)? ProcessTicks(int pid)
        {
            string line;
            try
            {
                line = File.ReadAllText($"/proc/{pid}/stat");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            // "pid (name) state ppid ...": the name may hold spaces and parentheses, so split after the last ')'.
            var open = line.IndexOf('(', StringComparison.Ordinal);
            var close = line.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                return null;
            }

            var fields = line[(close + 2)..].Split(' ');

            // After the name: state(0) ppid(1) ... utime(11) stime(12).
            return (line[(open + 1)..close], long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
    }
}
