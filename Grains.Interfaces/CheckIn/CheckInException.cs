namespace CheckIn.Grains.Interfaces.CheckIn;

/// <summary>A check-in domain error the caller can act on; <see cref="Code"/> is one of
/// <see cref="CheckInErrorCodes"/>. It reaches the caller of a grain call with its type, code and message.</summary>
[GenerateSerializer, Alias("checkin.CheckInException")]
public sealed class CheckInException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="code">One of <see cref="CheckInErrorCodes"/>.</param>
    /// <param name="message">What went wrong, for people; never contains an e-mail address.</param>
    public CheckInException(string code, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
    }

    /// <summary>The machine-readable code, one of <see cref="CheckInErrorCodes"/>.</summary>
    [Id(0)]
    public string Code { get; }
}
