namespace CheckIn.WebFront.CheckIn;

/// <summary>The inbound-mail webhook, bound from the section <c>InboundMail</c> (<c>InboundMail__Secret</c>).</summary>
public sealed class InboundMailOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "InboundMail";

    /// <summary>The shared secret the mail relay sends in <c>X-Inbound-Secret</c>; when empty, every call is refused.</summary>
    public string? Secret { get; set; }
}
