namespace PlaybookPortal.Core.Importing;

/// <summary>One line of an import report: a file, what happened to it and why.</summary>
/// <param name="RelativePath">The file's path below the imported folder, with '/' separators.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Line">1-based line of the problem, when one applies.</param>
/// <param name="Reason">Why, in words an operator understands; null for plain successes.</param>
public sealed record ImportEntry(string RelativePath, ImportOutcome Outcome, int? Line, string? Reason)
{
    public override string ToString() => (Line, Reason) switch
    {
        (_, null) => $"{RelativePath}: {Outcome}",
        (null, _) => $"{RelativePath}: {Reason}",
        _ => $"{RelativePath}:{Line}: {Reason}",
    };
}
