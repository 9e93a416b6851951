namespace CheckIn.Silo.Hosting;

/// <summary>The silo's own settings (section <c>Silo</c>), mapped onto Orleans' options by
/// <see cref="CheckInSiloHostingExtensions.AddCheckInSilo"/>. Back-pressure is on by default: Orleans ships its
/// queue limits and load shedding off, and a hot grain would then time out its callers instead of refusing them.</summary>
public sealed class SiloSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Silo";

    /// <summary>How long a grain call may take before the caller gets a timeout (Orleans' response timeout).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests one activation may hold (running and waiting) before further calls are refused at once
    /// (Orleans' <c>MaxEnqueuedRequestsHardLimit</c>; the web front answers them with 503).</summary>
    public int MaxQueueLength { get; set; } = 5_000;

    /// <summary>Whether the silo refuses client requests while its CPU is above <see cref="LoadSheddingCpuThreshold"/>.</summary>
    public bool LoadShedding { get; set; } = true;

    /// <summary>The CPU percentage above which load shedding refuses client requests.</summary>
    public int LoadSheddingCpuThreshold { get; set; } = 95;

    /// <summary>Idle activations are deactivated after this long (Orleans' collection age).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The shortest reminder period grains may ask for (tests lower it).</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
