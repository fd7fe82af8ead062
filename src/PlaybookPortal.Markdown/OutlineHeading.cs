namespace PlaybookPortal.Markdown;

/// <summary>A heading: its level (1–6), plain text and the unique anchor it carries.</summary>
public sealed record OutlineHeading(int Level, string Text, string Anchor);
