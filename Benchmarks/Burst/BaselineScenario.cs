using System.Globalization;
using System.Net;
using CheckIn.Testing;
using Npgsql;

namespace CheckIn.Benchmarks.Burst;

/// <summary>Runs the stampede against <see cref="BaselineServer"/> (a child process) with the same residents'
/// workload and the same client as the engine, then reads the database: overbooked slots, doubles, and whether the
/// stored reservations are exactly the confirmed ones.</summary>
internal static class BaselineScenario
{
    public static async Task<ScenarioResult> RunAsync(StampedeSettings settings, PostgresTestServer postgres, BurstProgress progress)
    {
        settings.Validate();
        var connectionString = await postgres.CreateDatabaseAsync($"burst_baseline_{Guid.NewGuid():N}"[..30]);
        var slotIds = Enumerable.Range(0, settings.Slots).Select(i => $"slot-{i:D5}").ToArray();
        await BaselineServer.CreateAsync(connectionString, slotIds.Select(id => (id, settings.Capacity)));
        var residents = Enumerable.Range(0, settings.Residents).Select(i => new StampedeResident(Guid.NewGuid().ToString("N"), null)).ToArray();

        (IReadOnlyList<OperationSample> Samples, IReadOnlyList<StampedeConfirmation> Confirmations) run;
        string cpuShare;
        await using (var server = await ServerProcess.StartAsync("CheckIn.Benchmarks", ["burst-serve", "baseline", "--connection", connectionString], new Dictionary<string, string?>(), "/healthz"))
        {
            using var client = BurstHttp.CreateClient(server.BaseAddress, settings.Concurrency);
            await BurstHttp.WarmUpAsync(client, settings.Concurrency);
            var cpu = new CpuShareMeter(server.ProcessId);
            run = await StampedeWorkload.RunAsync(settings, residents, slotIds, async (resident, slot) =>
            {
                using var response = await client.PostAsync("reservations", BurstHttp.Json(new BaselineReservationRequest(resident.ResidentId, slot)));
                var (outcome, id) = await BurstHttp.ReadAsync(response, HttpStatusCode.Created, "reservationId");
                return new BookingAttempt(outcome, id);
            }, progress);
            cpuShare = cpu.Describe("the stampede", "baseline server", run.Samples.Count);
        }

        var result = new ScenarioResult
        {
            Scenario = BurstScenarios.Baseline,
            Mode = BurstScenarios.Http,
            Storage = "PostgreSQL",
            Parameters = settings.Describe() + "; stateless ASP.NET Core handlers, each reservation one PostgreSQL transaction (conditional UPDATE of the slot row, INSERT), no actors",
            Samples = run.Samples,
        };
        result.Notes.Add(cpuShare);
        await VerifyAsync(connectionString, run.Confirmations, result);
        return result;
    }

    /// <summary>The server is stopped and holds nothing in memory: the database is the whole truth.</summary>
    private static async Task VerifyAsync(string connectionString, IReadOnlyList<StampedeConfirmation> confirmations, ScenarioResult result)
    {
        await using var data = NpgsqlDataSource.Create(connectionString);
        var overbooked = 0;
        var counterDrift = 0;
        await using (var slots = data.CreateCommand("""
            SELECT s.capacity, s.reserved, (SELECT count(*) FROM burst_reservations r WHERE r.slot_id = s.id) FROM burst_slots s
            """))
        await using (var reader = await slots.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var capacity = reader.GetInt32(0);
                var reserved = reader.GetInt32(1);
                var stored = (int)reader.GetInt64(2);
                overbooked += Math.Max(0, Math.Max(reserved, stored) - capacity);
                counterDrift += reserved == stored ? 0 : 1;
            }
        }

        var storedIds = new HashSet<string>(StringComparer.Ordinal);
        var residents = new HashSet<string>(StringComparer.Ordinal);
        var doubles = 0;
        await using (var rows = data.CreateCommand("SELECT id, resident_id FROM burst_reservations"))
        await using (var reader = await rows.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                storedIds.Add(reader.GetGuid(0).ToString());
                doubles += residents.Add(reader.GetString(1)) ? 0 : 1;
            }
        }

        var confirmedIds = confirmations.Select(c => c.ReservationId).ToHashSet(StringComparer.Ordinal);
        var missing = confirmedIds.Count(id => !storedIds.Contains(id));
        var extra = storedIds.Count(id => !confirmedIds.Contains(id));
        result.Overbookings = overbooked;
        result.DoubleBookings = Math.Max(doubles, StampedeWorkload.ClientDoubleBookings(confirmations));
        result.Verified = missing == 0 && extra == 0 && overbooked == 0 && counterDrift == 0;
        result.Verification = string.Create(CultureInfo.InvariantCulture,
            $"server stopped, database read directly: {storedIds.Count:N0} reservations stored, {confirmedIds.Count:N0} confirmed to the client; missing {missing}, extra {extra}; slots whose counter disagrees with their rows: {counterDrift}");
    }
}
