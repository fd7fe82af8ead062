namespace PlaybookPortal.Components;

/// <summary>One line of the inline (unified) view.</summary>
/// <param name="Kind">Unchanged, inserted or deleted.</param>
/// <param name="OldNumber">1-based line in the old revision; null for an inserted line.</param>
/// <param name="NewNumber">1-based line in the new revision; null for a deleted line.</param>
/// <param name="Text">The line without its line ending.</param>
public sealed record InlineDiffLine(DiffLineKind Kind, int? OldNumber, int? NewNumber, string Text);
