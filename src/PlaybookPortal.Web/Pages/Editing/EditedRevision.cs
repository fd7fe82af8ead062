namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>One revision as the editor pages name it: who saved which number when, and its text.</summary>
public sealed record EditedRevision(
    long Id, int Number, string AuthorName, DateTime CreatedUtc, DateTime? PublishedUtc, string SourceText);
