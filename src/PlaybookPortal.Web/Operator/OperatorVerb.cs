namespace PlaybookPortal.Web.Operator;

/// <summary>
/// A command run on the same executable instead of serving: <c>import</c>, <c>backup</c>,
/// <c>restore</c> and <c>healthcheck</c>. Anything else on the command line is handed to the
/// host as usual.
/// </summary>
public abstract record OperatorVerb(string[] HostArgs)
{
    public static OperatorVerb? Parse(string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var rest = args[1..];
        return args[0] switch
        {
            "import" => ImportVerb.From(rest),
            "backup" => BackupVerb.From(rest),
            "restore" => RestoreVerb.From(rest),
            "healthcheck" => HealthcheckVerb.From(rest),
            _ => null,
        };
    }

    /// <summary>Splits our own flags from the ones meant for the host (<c>--Portal:X=…</c>).</summary>
    protected static (List<string> Own, string[] Host) Split(string[] args, params string[] ownFlags)
    {
        var own = new List<string>();
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (ownFlags.Contains(arg) || !arg.StartsWith('-'))
            {
                own.Add(arg);
                continue;
            }

            host.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length && !args[i + 1].StartsWith('-'))
            {
                host.Add(args[++i]);
            }
        }

        return (own, host.ToArray());
    }
}
