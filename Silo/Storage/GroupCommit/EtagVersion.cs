using System.Globalization;
using Orleans.Storage;

namespace CheckIn.Silo.Storage.GroupCommit;

/// <summary>ETags of the group-commit providers are the row version (1 on first write, +1 per write or clear)
/// written as an invariant decimal string.</summary>
internal static class EtagVersion
{
    /// <summary>The version of a row just inserted.</summary>
    public const long First = 1;

    /// <summary>Formats a version as an ETag.</summary>
    public static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an ETag this provider family issued; false for anything else (which can never match).</summary>
    public static bool TryParse(string etag, out long version) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version >= First;

    /// <summary>The error for a write or clear whose ETag does not match the stored one.</summary>
    public static InconsistentStateException Mismatch(string providerName, StorageOperationKind kind, string stateName, GrainId grainId, string? expectedEtag)
    {
        var operation = kind == StorageOperationKind.Write ? "write" : "clear";
        return new InconsistentStateException(
            $"Storage '{providerName}': {operation} of state '{stateName}' of grain {grainId} expected ETag '{expectedEtag ?? "<none>"}', " +
            "but the stored state has another version (someone else wrote or cleared it).",
            storedEtag: "Unknown",
            currentEtag: expectedEtag ?? string.Empty);
    }
}
