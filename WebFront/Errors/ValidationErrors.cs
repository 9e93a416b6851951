using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Errors;

/// <summary>Collects field errors of a request body; empty means valid.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no error was added.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Adds an error for a field (the field's JSON name).</summary>
    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
        return this;
    }

    /// <summary>Adds "is required" when <paramref name="value"/> is null or empty.</summary>
    public bool Require(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Add(field, "is required");
            return false;
        }

        return true;
    }

    /// <summary>The errors as "field: message" lines, for a page's error block.</summary>
    public IEnumerable<string> Messages() => _errors.SelectMany(static e => e.Value.Select(m => $"{e.Key}: {m}"));

    /// <summary>The 400 problem listing the errors.</summary>
    public ProblemHttpResult ToProblem()
        => Problems.Validation(_errors.ToDictionary(static e => e.Key, static e => e.Value.ToArray(), StringComparer.Ordinal));
}
