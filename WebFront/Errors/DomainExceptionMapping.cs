namespace CheckIn.WebFront.Errors;

/// <summary>How an exception type that grains throw for a domain failure becomes a problem response.
/// Register with <see cref="DomainExceptionMappingExtensions.AddDomainExceptionMapping{TException}"/>.</summary>
public sealed class DomainExceptionMapping
{
    internal DomainExceptionMapping(Type exceptionType, Func<Exception, DomainFailure> failure, Func<Exception, TimeSpan?> retryAfter)
    {
        ExceptionType = exceptionType;
        Failure = failure;
        RetryAfter = retryAfter;
    }

    /// <summary>The exception type (and its subtypes) this mapping handles.</summary>
    public Type ExceptionType { get; }

    internal Func<Exception, DomainFailure> Failure { get; }

    internal Func<Exception, TimeSpan?> RetryAfter { get; }
}
