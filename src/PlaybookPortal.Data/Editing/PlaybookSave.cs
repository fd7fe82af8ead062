namespace PlaybookPortal.Data.Editing;

/// <summary>An edit of a playbook as the browser editor submits it.</summary>
/// <param name="PlaybookId">The playbook edited.</param>
/// <param name="SourceText">The whole new source, front matter included, stored verbatim.</param>
/// <param name="BaseRevisionId">The revision the edit started from; a newer current revision is a conflict.</param>
/// <param name="AuthorId">The user saving, or null for a system change.</param>
/// <param name="AuthorName">The name shown in the history.</param>
/// <param name="Message">What changed and why, in the author's words.</param>
public sealed record PlaybookSave(
    string PlaybookId,
    string SourceText,
    long BaseRevisionId,
    string? AuthorId,
    string AuthorName,
    string Message)
{
    /// <summary>
    /// Release the revision to readers now; false keeps it pending, so readers keep the
    /// published revision until an editor publishes it.
    /// </summary>
    public bool Publish { get; init; } = true;

    /// <summary>When publishing: a material change asks readers to acknowledge it (if the playbook requires that).</summary>
    public bool Material { get; init; } = true;
}
