using System.Globalization;
using BenchmarkDotNet.Running;
using CheckIn.Benchmarks.Runtime;

// "activations [count]" is a one-shot measurement; everything else goes to BenchmarkDotNet.
if (args is ["activations", ..])
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    return await ActivationFootprint.RunAsync(count);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
