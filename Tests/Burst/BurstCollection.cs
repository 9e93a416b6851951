using CheckIn.Tests.Infrastructure;

namespace CheckIn.Tests.Burst;

/// <summary>The burst smokes, with a PostgreSQL server of their own (<see cref="PostgresFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BurstCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Burst";
}
