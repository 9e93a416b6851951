namespace CheckIn.WebFront.Errors;

/// <summary>Lets an area turn its grains' domain exceptions into problems in one place, e.g.
/// <c>services.AddDomainExceptionMapping&lt;BookingException&gt;(e =&gt; new DomainFailure(e.StatusCode, e.Code, e.Message), e =&gt; e.RetryAfter)</c>:
/// a handler then just awaits the grain, and an exception that escapes it is answered with that status,
/// <c>code</c>, title and Retry-After, and logged as a rejection, not as an error.</summary>
public static class DomainExceptionMappingExtensions
{
    public static IServiceCollection AddDomainExceptionMapping<TException>(
        this IServiceCollection services,
        Func<TException, DomainFailure> failure,
        Func<TException, TimeSpan?>? retryAfter = null)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(failure);
        services.AddSingleton(new DomainExceptionMapping(
            typeof(TException),
            exception => failure((TException)exception),
            exception => retryAfter?.Invoke((TException)exception)));
        return services;
    }
}
