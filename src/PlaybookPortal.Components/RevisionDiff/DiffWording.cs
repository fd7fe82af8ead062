using System.Globalization;

namespace PlaybookPortal.Components;

/// <summary>
/// The words and signs the diff views share. A change is never told by colour alone: each
/// changed line carries a <c>+</c> or <c>−</c> sign for the eye and a word for screen readers.
/// </summary>
internal static class DiffWording
{
    public const string Plus = "+";

    // U+2212 MINUS SIGN: as wide as the plus, where a hyphen would look like a dash.
    public const string Minus = "\u2212";

    public const string NoDifferences = "No differences";

    /// <summary>The sign and the spoken word for a line, or null for an unchanged or empty one.</summary>
    /// <param name="kind">The line's kind.</param>
    /// <param name="newSide">
    /// For a modified line: true on the new side, where its text was added; false on the old.
    /// </param>
    public static (string Sign, string Spoken)? Marker(DiffLineKind kind, bool newSide) => kind switch
    {
        DiffLineKind.Inserted => (Plus, "added"),
        DiffLineKind.Deleted => (Minus, "removed"),
        DiffLineKind.Modified => newSide ? (Plus, "changed, new") : (Minus, "changed, old"),
        _ => null,
    };

    public static string CssClass(DiffLineKind kind) => kind switch
    {
        DiffLineKind.Inserted => "diff-inserted",
        DiffLineKind.Deleted => "diff-deleted",
        DiffLineKind.Modified => "diff-modified",
        DiffLineKind.Empty => "diff-empty-cell",
        _ => "diff-unchanged",
    };

    public static string Gap(int hiddenLines) => hiddenLines == 1
        ? "1 unchanged line"
        : string.Create(CultureInfo.InvariantCulture, $"{hiddenLines:N0} unchanged lines");
}
