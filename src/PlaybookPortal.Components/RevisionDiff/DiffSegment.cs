namespace PlaybookPortal.Components;

/// <summary>A run of a line's text: words with the spaces between them.</summary>
/// <param name="Text">The text as written; shown encoded, never as markup.</param>
/// <param name="Changed">True when this run differs from the other revision's line.</param>
public sealed record DiffSegment(string Text, bool Changed);
