namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>How a visitor checked in.</summary>
[GenerateSerializer, Alias("checkin.CheckInChannel")]
public enum CheckInChannel
{
    /// <summary>The web form at <c>/c/{code}</c> (or the JSON API).</summary>
    Web,

    /// <summary>An empty mail to <c>c-{code}@{mail domain}</c>, received by the inbound-mail webhook.</summary>
    Mail,
}
