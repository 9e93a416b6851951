namespace CheckIn.Tests.Web;

/// <summary>The tests that share one <see cref="WebFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
