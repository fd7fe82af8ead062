namespace PlaybookPortal.Components;

/// <summary>
/// A heading of a playbook: its level (2 for h2), its text and the id it can be linked by.
/// </summary>
public sealed record TocEntry(int Level, string Text, string Anchor);
