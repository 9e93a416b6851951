namespace CheckIn.WebFront.Hosting;

/// <summary>How this web front reaches the grains: through the silo it hosts itself, or as a client of a cluster.</summary>
/// <param name="Mode"><see cref="CoHostedMode"/> or <see cref="ClientMode"/>.</param>
internal sealed record WebFrontHosting(string Mode)
{
    /// <summary>A silo runs in this process.</summary>
    public const string CoHostedMode = "co-hosted";

    /// <summary>This process is an Orleans client of a cluster whose silos run elsewhere.</summary>
    public const string ClientMode = "client";

    public bool HostsSilo => Mode == CoHostedMode;
}
