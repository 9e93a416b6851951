namespace CheckIn.Silo;

/// <summary>The silo's cluster arguments, turned into configuration: <c>--postgres CONN</c> (membership and
/// state in that database), <c>--cluster-id ID</c>, <c>--address IP</c>, <c>--port N</c> (silo to silo), <c>--gateway-port N</c> (clients). Everything else is
/// left to the host's own command-line configuration (<c>--Silo:CallTimeout=00:00:10</c> and the like).</summary>
public static class SiloCommandLine
{
    /// <summary>The configuration entries the cluster arguments stand for.</summary>
    public static Dictionary<string, string?> ToConfiguration(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count - 1; i++)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--postgres":
                    values["Cluster:ConnectionString"] = value;
                    values["Storage:Provider"] = "Postgres";
                    values["Storage:ConnectionString"] = value;
                    i++;
                    break;
                case "--cluster-id":
                    values["Cluster:ClusterId"] = value;
                    i++;
                    break;
                case "--address":
                    values["Cluster:Address"] = value;
                    i++;
                    break;
                case "--port":
                    values["Cluster:Port"] = value;
                    i++;
                    break;
                case "--gateway-port":
                    values["Cluster:GatewayPort"] = value;
                    i++;
                    break;
            }
        }

        return values;
    }

    /// <summary>The arguments without the cluster ones (the host's command-line provider would misread them).</summary>
    public static string[] WithoutClusterArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--postgres" or "--cluster-id" or "--address" or "--port" or "--gateway-port" && i + 1 < args.Count)
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        return [.. rest];
    }
}
