namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>A refusal of the booking domain: nothing was changed. <see cref="Code"/> is one of
/// <see cref="BookingErrorCodes"/>, for the web front to map to a problem details response.</summary>
[GenerateSerializer, Alias("checkin.BookingException")]
public sealed class BookingException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="code">One of <see cref="BookingErrorCodes"/>.</param>
    /// <param name="message">What happened, for people.</param>
    /// <param name="retryAfter">For <see cref="BookingErrorCodes.LockedOut"/>: when trying again makes sense.</param>
    public BookingException(string code, string message, TimeSpan? retryAfter = null)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
        RetryAfter = retryAfter;
    }

    /// <summary>The machine-readable code.</summary>
    [Id(0)]
    public string Code { get; }

    /// <summary>How long the caller should wait before retrying, when that is known.</summary>
    [Id(1)]
    public TimeSpan? RetryAfter { get; }

    /// <summary>The HTTP status for <see cref="Code"/>.</summary>
    public int StatusCode => BookingErrorCodes.StatusCodeOf(Code);
}
