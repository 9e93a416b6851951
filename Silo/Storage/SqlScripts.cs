namespace CheckIn.Silo.Storage;

/// <summary>The SQL scripts embedded from <c>Silo/Sql/</c>.</summary>
internal static class SqlScripts
{
    /// <summary>The SQLite grain state table.</summary>
    public static string SqliteGrainState => Load("Sqlite-GrainState.sql");

    /// <summary>The PostgreSQL grain state table.</summary>
    public static string PostgresGrainState => Load("PostgreSQL-GrainState.sql");

    // Matched by file name, so the script is found whatever logical name the project gives the resource.
    private static string Load(string fileName)
    {
        var assembly = typeof(SqlScripts).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal) || n == fileName)
            ?? throw new InvalidOperationException($"The SQL script '{fileName}' is not embedded in {assembly.GetName().Name} (EmbeddedResource Silo/Sql/{fileName}).");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
