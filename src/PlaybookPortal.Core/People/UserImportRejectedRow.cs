namespace PlaybookPortal.Core.People;

/// <summary>A CSV row with problems, as written, so the preview can show it in its place.</summary>
public sealed record UserImportRejectedRow(int Line, string Email, string Name);
