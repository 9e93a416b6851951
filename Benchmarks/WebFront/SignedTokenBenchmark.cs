extern alias webfront;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using webfront::CheckIn.WebFront.Auth;
using webfront::CheckIn.WebFront.Booking.Sessions;

namespace CheckIn.Benchmarks.WebFront;

/// <summary>What checking a resident's bearer token costs the web front, per request of an opening-day stampede: the
/// staff authentication handler first tries it as a staff token (another purpose, so its signature does not match),
/// then the booking endpoint reads it as the resident's session (<see cref="SignedTokens.ReadAsync{T}"/> both times).
/// Time and bytes allocated per read.</summary>
/// <remarks>Not sealed: BenchmarkDotNet's toolchains work with the benchmark type as written and some of them derive from it.</remarks>
[MemoryDiagnoser]
public class SignedTokenBenchmark
{
    private SignedTokens? _tokens;
    private string _session = string.Empty;

    // Synchronous on purpose: BenchmarkDotNet 0.14's in-process toolchain does not await an async [GlobalSetup].
    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new AuthOptions { SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        _tokens = new SignedTokens(new SigningKeyProvider(options, grains: null!), TimeProvider.System);
        _session = _tokens.CreateAsync(
                ResidentSessions.Purpose,
                new ResidentSessionClaims("c-0123456789abcdef0123456789abcdef", "r-0123456789abcdef0123456789abcdef"),
                DateTimeOffset.UtcNow.AddHours(1))
            .GetAwaiter().GetResult();
    }

    /// <summary>The endpoint's read: the resident's session.</summary>
    [Benchmark(Baseline = true)]
    public Task SessionForItsPurpose() => _tokens!.ReadAsync<ResidentSessionClaims>(ResidentSessions.Purpose, _session);

    /// <summary>The staff handler's read of the same token: refused by the signature.</summary>
    [Benchmark]
    public Task SessionAsStaffToken() => _tokens!.ReadAsync<StaffTokenPayload>(StaffTokenService.Purpose, _session);
}
