namespace CheckIn.Tests.Browser;

/// <summary>The tests that drive a real headless Chromium: one after the other and apart from every other collection.
/// On a two-core machine a renderer that shares the cores with a 5,000-resident stampede test can take longer than a
/// page's deadline to fire its load event (a CI run saw the booking page arrive and its load event not come within
/// 30 s); run alone, each page waits only for the web front.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
