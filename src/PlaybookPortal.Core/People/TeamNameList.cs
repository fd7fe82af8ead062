namespace PlaybookPortal.Core.People;

/// <summary>
/// The <c>leads_teams</c> cell: team names separated by <c>|</c> or <c>;</c>. A <c>|</c> works
/// unquoted in every file; a <c>;</c> in a semicolon-separated file must sit in a quoted cell,
/// or it would split the row. Pure and thread-safe.
/// </summary>
public static class TeamNameList
{
    private static readonly char[] Separators = ['|', ';'];

    /// <summary>The names in <paramref name="cell"/>, trimmed, empty ones and repeats (any case) dropped.</summary>
    public static IReadOnlyList<string> Parse(string cell) => cell
        .Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}
