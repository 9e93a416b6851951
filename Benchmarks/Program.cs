using BenchmarkDotNet.Running;

namespace CheckIn.Benchmarks;

/// <summary>Entry point: pick benchmarks with BenchmarkDotNet's command line (e.g. <c>--filter *GroupCommit*</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
