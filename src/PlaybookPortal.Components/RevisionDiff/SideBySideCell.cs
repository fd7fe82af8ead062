namespace PlaybookPortal.Components;

/// <summary>One half of a side-by-side row: a line of the old or of the new revision.</summary>
/// <param name="Kind">
/// Unchanged, Deleted (left), Inserted (right), Modified (both halves of an edited line) or
/// Empty (no line on this side).
/// </param>
/// <param name="Number">1-based line in its revision; null for an empty cell.</param>
/// <param name="Segments">The text in runs, changed words flagged; empty for an empty cell.</param>
public sealed record SideBySideCell(DiffLineKind Kind, int? Number, IReadOnlyList<DiffSegment> Segments)
{
    /// <summary>The cell opposite an inserted or deleted line.</summary>
    public static SideBySideCell None { get; } = new(DiffLineKind.Empty, null, []);
}
