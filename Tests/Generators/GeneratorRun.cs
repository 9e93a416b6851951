using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace CheckIn.Tests.Generators;

/// <summary>What one generator run produced: its diagnostics (CHKxxx, and CS8784/CS8785 if it crashed), its
/// files and the compilation with them added.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation InputCompilation,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public ImmutableArray<GeneratedSourceResult> GeneratedSources => Result.GeneratedSources;

    /// <summary>Warnings and errors of the input plus the generated code, as a strict build would see them.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems
        => [.. OutputCompilation.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning)];

    public string GeneratedText(string hintName)
        => GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    /// <summary>Emits the output compilation and loads it into a collectible context (the runtime
    /// assembly still resolves to the one this test process uses).</summary>
    public Assembly Load(AssemblyLoadContext context)
    {
        using var image = new MemoryStream();
        var emitted = OutputCompilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        return context.LoadFromStream(image);
    }
}
