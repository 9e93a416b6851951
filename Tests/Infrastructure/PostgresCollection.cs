
namespace CheckIn.Tests.Infrastructure;

/// <summary>The silo tests on PostgreSQL storage: one after the other, so that their silos' connection pools do not
/// add up on the suite's one stock server. Each class still gets a database of its own (<see cref="PostgresDatabaseFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
