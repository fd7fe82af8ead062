namespace PlaybookPortal.Web.History;

/// <summary>
/// One page of a playbook's revisions, newest first, and the revision ids the history's
/// buttons need: restores start from <see cref="LatestRevisionId"/>.
/// </summary>
public sealed record RevisionHistoryPage(
    IReadOnlyList<RevisionRow> Rows,
    int Page,
    int PageCount,
    int TotalRevisions,
    long? CurrentRevisionId,
    RevisionRow? Pending,
    long LatestRevisionId);
