namespace PlaybookPortal.Data.Editing;

/// <summary>A new playbook written in the browser.</summary>
/// <param name="Slug">Where it lives (<c>sales/discovery-calls</c>); normalised like a file path.</param>
/// <param name="SourceText">The whole source, front matter included, stored verbatim.</param>
/// <param name="AuthorId">The user creating it.</param>
/// <param name="AuthorName">The name shown in the history.</param>
/// <param name="Message">Why it was written, in the author's words.</param>
public sealed record PlaybookCreate(string Slug, string SourceText, string? AuthorId, string AuthorName, string Message);
