namespace CheckIn.Runtime.Membership;

/// <summary>A silo's state in the membership table.</summary>
public enum SiloStatus
{
    /// <summary>Serving: it owns its ranges of the hash ring.</summary>
    Active = 1,

    /// <summary>Leaving gracefully: it owns nothing and is handing its grains off.</summary>
    ShuttingDown = 2,

    /// <summary>Left after handing everything off.</summary>
    Left = 3,

    /// <summary>Declared dead by the votes of other silos; it stops itself when it reads this.</summary>
    Dead = 4,
}
