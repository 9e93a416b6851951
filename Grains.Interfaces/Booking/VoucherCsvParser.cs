using System.Globalization;

namespace CheckIn.Grains.Interfaces.Booking;

/// <summary>Parses the municipality's voucher file: lines <c>voucherNumber,birthDate</c>, an optional
/// header line, UTF-8 with or without BOM, any line ending. Blank lines are skipped; every other line is
/// either accepted or rejected with its reason, never half-read.</summary>
public static class VoucherCsvParser
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];
    private static readonly DateOnly s_earliestBirthDate = new(1900, 1, 1);

    /// <summary>Parses <paramref name="text"/>. <paramref name="today"/> is the campaign's local date:
    /// later birth dates are rejected.</summary>
    public static VoucherCsvParseResult Parse(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<VoucherCsvLine>();
        var rejected = new List<VoucherCsvRejection>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sawContent = false;
        var lineNumber = 0;
        foreach (var raw in SplitLines(text.TrimStart('\uFEFF')))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var fields = SplitFields(raw);
            if (!sawContent)
            {
                sawContent = true;
                if (raw.Any(char.IsLetter) && !raw.Any(char.IsDigit))
                {
                    continue; // the header: names, no digits; every data line has digits
                }
            }

            if (fields.Count != 2)
            {
                rejected.Add(new VoucherCsvRejection(lineNumber, $"{VoucherCsvReasons.BadLine}: expected 2 fields (voucherNumber,birthDate), found {fields.Count}"));
                continue;
            }

            var problems = new List<string>(2);
            var number = fields[0];
            if (!VoucherNumbers.IsWellFormed(number))
            {
                problems.Add($"{VoucherCsvReasons.BadNumber}: '{number}' is not {VoucherNumbers.Length} digits 0-9");
            }

            var birthDate = default(DateOnly);
            if (!DateOnly.TryParseExact(fields[1], s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate))
            {
                problems.Add($"{VoucherCsvReasons.BadDate}: '{fields[1]}' is not a date YYYY-MM-DD");
            }
            else if (birthDate > today)
            {
                problems.Add($"{VoucherCsvReasons.BadDate}: {birthDate:yyyy-MM-dd} is in the future");
            }
            else if (birthDate < s_earliestBirthDate)
            {
                problems.Add($"{VoucherCsvReasons.BadDate}: {birthDate:yyyy-MM-dd} is before 1900");
            }

            if (problems.Count > 0)
            {
                rejected.Add(new VoucherCsvRejection(lineNumber, string.Join("; ", problems)));
            }
            else if (firstLineOf.TryGetValue(number, out var first))
            {
                rejected.Add(new VoucherCsvRejection(lineNumber, $"{VoucherCsvReasons.DuplicateInFile}: voucher number already on line {first}"));
            }
            else
            {
                firstLineOf[number] = lineNumber;
                lines.Add(new VoucherCsvLine(lineNumber, number, birthDate));
            }
        }

        return new VoucherCsvParseResult(lines, rejected);
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return text[start..i];
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static List<string> SplitFields(string line)
    {
        var fields = line.Split(',').Select(static f => Unquote(f.Trim())).ToList();

        // Spreadsheets often write trailing separators: empty fields at the end carry nothing.
        while (fields.Count > 2 && fields[^1].Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return fields;
    }

    private static string Unquote(string field)
        => field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Trim() : field;
}
