namespace PlaybookPortal.Core.Skills;

/// <summary>One row of a CSV preview: its line, what it names, what importing it would do and why not.</summary>
public sealed record SkillCsvPreviewRow(int Line, string Key, SkillCsvAction Action, string? Problem);
