namespace CheckIn.Tests.CheckIn.Web;

/// <summary>The check-in web tests that share one <see cref="CheckInWebFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class CheckInWebCollection : ICollectionFixture<CheckInWebFixture>
{
    public const string Name = "checkin-web";
}
