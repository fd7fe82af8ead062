namespace PlaybookPortal.Core.Exporting;

/// <summary>One line of an export report: a file, what happened to it and why.</summary>
/// <param name="RelativePath">The file's path below the export folder, with '/' separators.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Reason">Why, in words an operator understands; null for plain successes.</param>
public sealed record ExportEntry(string RelativePath, ExportOutcome Outcome, string? Reason)
{
    public override string ToString() => Reason is null ? $"{RelativePath}: {Outcome}" : $"{RelativePath}: {Reason}";
}
