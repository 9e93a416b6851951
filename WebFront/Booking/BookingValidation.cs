using CheckIn.WebFront.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Booking;

/// <summary>Field errors of a booking request, for the API (400 <c>validation_failed</c> with <c>errors</c>)
/// and for the pages (messages next to the form) alike.</summary>
public sealed class BookingValidation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no error was added.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>The errors by field.</summary>
    public IReadOnlyDictionary<string, List<string>> Errors => _errors;

    /// <summary>Adds an error for a field (its JSON name).</summary>
    public BookingValidation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
        return this;
    }

    /// <summary>The 400 problem listing the errors.</summary>
    public ProblemHttpResult ToProblem()
        => Problems.Validation(_errors.ToDictionary(static e => e.Key, static e => e.Value.ToArray(), StringComparer.Ordinal));

    /// <summary>Every error as "field: message".</summary>
    public IEnumerable<string> Messages() => _errors.SelectMany(static e => e.Value.Select(m => $"{e.Key}: {m}"));
}
