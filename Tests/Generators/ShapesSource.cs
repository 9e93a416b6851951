namespace CheckIn.Tests.Generators;

/// <summary>Grain interfaces using every shape the generator supports, for the tests that compile and load its output.</summary>
internal static class ShapesSource
{
    public const string Contracts = GeneratorHarness.Usings + """
        namespace Shapes.Contracts
        {
            public enum Color
            {
                Red,
                Green,
            }

            public sealed record Line(string Sku, int Quantity, decimal Price);

            public sealed record Order(
                Guid Id,
                IReadOnlyList<Line> Lines,
                ImmutableArray<string> Tags,
                Dictionary<string, int> Counts,
                Color Color,
                DateTimeOffset At,
                Uri? Link,
                byte[] Payload,
                (int X, string? Y) Pair,
                Node? Root);

            // Refers to itself: the serializability check must not loop.
            public sealed class Node
            {
                public Node? Next { get; init; }

                public int Value { get; init; }

                public long Total;
            }

            public readonly record struct Money(decimal Amount, string Currency);

            public interface IBaseGrain : IGrainWithStringKey
            {
                Task Ping();

                ValueTask<string> Echo(string text);
            }

            public interface IShop : IBaseGrain
            {
                Task Reset();

                Task<int> Add(int amount);

                Task<int> Add(int amount, string? note);

                ValueTask Touch();

                ValueTask<Order?> Find(Guid id);

                [OneWay]
                Task Notify(string message);

                [OneWay]
                ValueTask NotifyFast(string message);

                [ReadOnly]
                Task<IReadOnlyList<Order>> List(DateOnly day, TimeOnly? time, TimeSpan window, DateTime since);

                [AlwaysInterleave]
                Task<HashSet<int>> Interleaved(ISet<long> a, IReadOnlySet<short> b, IDictionary<string, List<int>> c, IReadOnlyDictionary<Guid, int[]> d);

                [ReadOnly]
                [AlwaysInterleave]
                Task<string?[]> Both(int? maybe, IEnumerable<double> e, ICollection<float> f, IReadOnlyCollection<char> g, IList<bool> h, ImmutableList<DateTime> i);

                Task Link(IShop other, IBaseGrain? another);

                Task<int> Keywords(int @event, string @class);

                Task<(int Count, string Name)> Tuple((Color Color, Order Order) input, Money price, Money? discount);

                // Names that must not capture what the proxy's own code refers to.
                Task<int> InvokeAsync(int request, string grain, bool runtime, long grainId);

                Task<int> Sum(params int[] values);

                Task<int> WithDefault(int value = 5);

                Task<int> DefaultBody() => Task.FromResult(1);

                static int Helper() => 42;
            }

            // Two paths to IBaseGrain: its methods are implemented once.
            public interface ILeft : IBaseGrain
            {
                Task Left();
            }

            public interface IRight : IBaseGrain
            {
                Task Right();
            }

            public interface IDiamond : ILeft, IRight
            {
                new Task Ping();
            }

            public partial interface IPartialGrain : IGrainWithStringKey
            {
                Task First();
            }

            public partial interface IPartialGrain
            {
                Task Second();
            }

            // A type named like the proxy the "I"-less name would give: the proxy must pick another name.
            public interface ICounter : IGrainWithIntegerKey
            {
                Task<int> Next();
            }

            public sealed class Counter
            {
            }

            public static class Outer
            {
                public interface INestedGrain : IGrainWithStringKey
                {
                    Task Run();
                }
            }

            public interface IShopRegistry : IGrainWithGuidKey
            {
                Task<IReadOnlyDictionary<string, IShop>> All();
            }
        }

        namespace Shapes.Edges
        {
        #nullable disable
            // Written without nullable annotations: the proxy must not add nullability warnings.
            public interface ILegacyGrain : IGrainWithStringKey
            {
                Task<string> Describe(string text, List<string> items);
            }
        #nullable restore

            [Obsolete("Replaced by Payload2.")]
            public sealed record ObsoletePayload(int Value);

            public interface IEvolvingGrain : IGrainWithStringKey
            {
                // The generated code must call it without the obsolete warning failing the build.
                [Obsolete("Use Next2.")]
                Task<int> Next(ObsoletePayload payload);

                Task<string?> Nullables(
                    [System.Diagnostics.CodeAnalysis.AllowNull] string value,
                    [System.Diagnostics.CodeAnalysis.DisallowNull] string? other);

                [return: System.Diagnostics.CodeAnalysis.NotNull]
                Task<string?> Strict();
            }

            [Obsolete("Replaced by IEvolvingGrain.")]
            public interface IRetiredGrain : IGrainWithStringKey
            {
                Task Run();
            }
        }

        namespace Shapes.Other
        {
            // Same name as Shapes.Contracts.IShop.
            public interface IShop : IGrainWithIntegerKey
            {
                Task<int> Count();
            }
        }

        namespace Shapes.Casing
        {
            // Names equal but for case: their files' hint names must still differ.
            public interface IThing : IGrainWithStringKey
            {
                Task A();
            }

            public interface Ithing : IGrainWithStringKey
            {
                Task B();
            }
        }

        public interface IGlobalGrain : IGrainWithGuidKey
        {
            Task Run();
        }

        // Not grain interfaces: no proxy.
        public interface IPlain : IDisposable
        {
        }
        """;
}
