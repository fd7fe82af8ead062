namespace PlaybookPortal.Web.History;

/// <summary>One revision as the history lists it; times already in the portal's time zone.</summary>
public sealed record RevisionRow(
    long Id,
    int Number,
    string AuthorName,
    DateTime CreatedLocal,
    string Message,
    RevisionState State,
    DateTime? PublishedLocal,
    string? PublishedByName,
    bool IsMaterial);
