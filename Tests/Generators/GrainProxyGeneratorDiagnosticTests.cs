using Microsoft.CodeAnalysis;

namespace CheckIn.Tests.Generators;

/// <summary>Each contract violation is a build error with its own id, names the interface, the method and the
/// offending type, and stops generation for that interface so that no compiler errors pile up behind it.</summary>
public sealed class GrainProxyGeneratorDiagnosticTests
{
    [Theory]
    [InlineData("int")]
    [InlineData("void")]
    [InlineData("System.Collections.Generic.IAsyncEnumerable<int>")]
    public void Generator_ReturnTypeNotAwaitable_ReportsChk001(string returnType)
    {
        var run = RunOn($$"""
            public interface ICounterGrain : IGrainWithStringKey
            {
                {{returnType}} Count();
            }
            """);

        AssertOnlyDiagnostic(run, "CHK001", "'Contracts.ICounterGrain'", "'Count'", $"'{returnType}'");
    }

    [Theory]
    [InlineData("ref")]
    [InlineData("out")]
    [InlineData("in")]
    [InlineData("ref readonly")]
    public void Generator_ParameterPassedByReference_ReportsChk002(string modifier)
    {
        var run = RunOn($$"""
            public interface ICounterGrain : IGrainWithStringKey
            {
                Task Add({{modifier}} int amount);
            }
            """);

        AssertOnlyDiagnostic(run, "CHK002", "'Contracts.ICounterGrain'", "'Add'", "'amount'", $"'{modifier}'");
    }

    [Theory]
    [InlineData("object", "'object'")]
    [InlineData("dynamic", "'dynamic'")]
    [InlineData("System.Action<int>", "'System.Action<int>' is a delegate")]
    [InlineData("System.IO.Stream", "'System.IO.Stream' is a stream")]
    [InlineData("System.IO.MemoryStream", "'System.IO.MemoryStream' is a stream")]
    [InlineData("System.Threading.CancellationToken", "'System.Threading.CancellationToken'")]
    [InlineData("System.Threading.Tasks.Task<int>", "'System.Threading.Tasks.Task<int>' is a task")]
    [InlineData("System.IntPtr", "native handle")]
    [InlineData("System.Span<byte>", "'System.Span<byte>' is a ref struct")]
    [InlineData("int*", "'int*' is a pointer")]
    [InlineData("delegate*<void>", "is a pointer")]
    [InlineData("System.IComparable", "'System.IComparable' is an interface that is not a grain interface; only concrete types")]
    [InlineData("Shape", "'Contracts.Shape' is abstract; only concrete types")]
    [InlineData("System.Collections.Generic.Queue<int>", "'System.Collections.Generic.Queue<int>' is a collection type that is not supported")]
    [InlineData("System.Collections.Generic.List<object>", "'object'")]
    [InlineData("int[,]", "multi-dimensional array")]
    [InlineData("(int, object)", "'object'")]
    [InlineData("Envelope", "member 'Contracts.Envelope.Payload' has type 'object'")]
    [InlineData("Tree", "member 'Contracts.Tree.Tag' has type 'System.Action?'")]
    public void Generator_ParameterTypeNotSerializable_ReportsChk003(string parameterType, string reason)
    {
        var run = RunOn($$"""
            public abstract class Shape
            {
                public int Sides { get; init; }
            }

            public sealed record Envelope(string Sender, object Payload);

            public sealed class Tree
            {
                public List<Tree> Children { get; init; } = [];

                public Action? Tag { get; init; }
            }

            public interface IDrawingGrain : IGrainWithStringKey
            {
                unsafe Task Draw({{parameterType}} input);
            }
            """);

        var diagnostic = AssertOnlyDiagnostic(run, "CHK003", "'Contracts.IDrawingGrain'", "'Draw'", "'input'", reason);
        Assert.Contains("not serializable", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Task<System.IO.Stream>", "'System.IO.Stream' is a stream")]
    [InlineData("ValueTask<Func<int>>", "'System.Func<int>' is a delegate")]
    [InlineData("Task<IDisposable>", "'System.IDisposable' is an interface that is not a grain interface")]
    public void Generator_ResultTypeNotSerializable_ReportsChk004(string returnType, string reason)
    {
        var run = RunOn($$"""
            public interface IFileGrain : IGrainWithStringKey
            {
                {{returnType}} Open();
            }
            """);

        AssertOnlyDiagnostic(run, "CHK004", "'Contracts.IFileGrain'", "'Open'", reason);
    }

    [Fact]
    public void Generator_GenericMethod_ReportsChk005()
    {
        var run = RunOn("""
            public interface IStoreGrain : IGrainWithStringKey
            {
                Task<T> Get<T>(string key);
            }
            """);

        AssertOnlyDiagnostic(run, "CHK005", "'Contracts.IStoreGrain'", "'Get'", "generic");
    }

    [Theory]
    [InlineData("public interface IBoxGrain<T> : IGrainWithStringKey { Task<int> Count(); }", "'Contracts.IBoxGrain<T>'")]
    [InlineData("public sealed class Holder<T> { public interface IBoxGrain : IGrainWithStringKey { Task<int> Count(); } }", "'Contracts.Holder<T>.IBoxGrain'")]
    public void Generator_GenericInterface_ReportsChk006(string declaration, string interfaceName)
    {
        var run = RunOn(declaration);

        AssertOnlyDiagnostic(run, "CHK006", interfaceName, "generic");
    }

    [Theory]
    [InlineData("int Count { get; }", "property 'Count'")]
    [InlineData("event EventHandler Changed;", "event 'Changed'")]
    [InlineData("Task<int> this[int index] { get; }", "indexer")]
    [InlineData("static abstract Task<int> Create();", "static abstract member 'Create'")]
    [InlineData("static abstract int Limit { get; }", "property 'Limit'")]
    public void Generator_NonMethodMember_ReportsChk007(string member, string description)
    {
        var run = RunOn($$"""
            public interface IGaugeGrain : IGrainWithStringKey
            {
                Task Reset();

                {{member}}
            }
            """);

        AssertOnlyDiagnostic(run, "CHK007", "'Contracts.IGaugeGrain'", description);
    }

    [Theory]
    [InlineData("Task<int>", "'System.Threading.Tasks.Task<int>'")]
    [InlineData("ValueTask<string>", "'System.Threading.Tasks.ValueTask<string>'")]
    public void Generator_OneWayMethodWithResult_ReportsChk008(string returnType, string returnTypeInMessage)
    {
        var run = RunOn($$"""
            public interface IPingGrain : IGrainWithStringKey
            {
                [OneWay]
                {{returnType}} Ping();
            }
            """);

        AssertOnlyDiagnostic(run, "CHK008", "'Contracts.IPingGrain'", "'Ping'", returnTypeInMessage, "[OneWay]");
    }

    [Theory]
    [InlineData("public sealed class Host { private interface IHiddenGrain : IGrainWithStringKey { Task Run(); } }")]
    [InlineData("public class Host { protected interface IHiddenGrain : IGrainWithStringKey { Task Run(); } }")]
    [InlineData("file interface IHiddenGrain : IGrainWithStringKey { Task Run(); }")]
    public void Generator_InterfaceNotAccessibleToProxy_ReportsChk009(string declaration)
    {
        var run = RunOn(declaration);

        AssertOnlyDiagnostic(run, "CHK009", "IHiddenGrain", "public or internal");
    }

    [Fact]
    public void Generator_InvalidBaseInterfaceMethod_ReportsOnceAtTheBaseAndGeneratesNeitherProxy()
    {
        var run = RunOn("""
            public interface IBaseGrain : IGrainWithStringKey
            {
                int Count();
            }

            public interface IDerivedGrain : IBaseGrain
            {
                Task Run();
            }
            """);

        AssertOnlyDiagnostic(run, "CHK001", "'Contracts.IBaseGrain'", "'Count'");
    }

    [Fact]
    public void Generator_InvalidMethodInheritedFromPlainInterface_ReportsItOnTheGrainInterface()
    {
        var run = RunOn("""
            public interface IGrainOrNot : IGrainWithStringKey, IDisposable
            {
                Task Run();
            }
            """);

        AssertOnlyDiagnostic(run, "CHK001", "'Contracts.IGrainOrNot'", "'Dispose'", "'void'");
    }

    [Fact]
    public void Generator_InvalidInterfaceNextToValidOne_GeneratesTheValidOneOnly()
    {
        var run = RunOn("""
            public interface IBadGrain : IGrainWithStringKey
            {
                Task Send(object message);
            }

            public interface IGoodGrain : IGrainWithStringKey
            {
                Task Send(string message);
            }
            """);

        Assert.Equal("CHK003", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Equal(["CheckIn-GrainProxyRegistration.g.cs", "Contracts.IGoodGrain.g.cs"], run.GeneratedSources.Select(static s => s.HintName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("IBadGrain", run.GeneratedText("CheckIn-GrainProxyRegistration.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    private static GeneratorRun RunOn(string declarations)
        => GeneratorHarness.Run(GeneratorHarness.Usings + "namespace Contracts;\n\n" + declarations);

    private static Diagnostic AssertOnlyDiagnostic(GeneratorRun run, string id, params string[] messageFragments)
    {
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("Input0.cs", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        var message = diagnostic.GetMessage();
        foreach (var fragment in messageFragments)
        {
            Assert.Contains(fragment, message, StringComparison.Ordinal);
        }

        // No code for the offending interface, so the compiler adds nothing on top of the diagnostic.
        Assert.Empty(run.GeneratedSources);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), static d => d.Severity == DiagnosticSeverity.Error);
        return diagnostic;
    }
}
