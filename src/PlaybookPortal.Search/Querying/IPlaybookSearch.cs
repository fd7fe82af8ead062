namespace PlaybookPortal.Search.Querying;

/// <summary>
/// Searches the playbooks a reader may see. Catches the index up with the database's change
/// log before answering, so a playbook a change has hidden never shows.
/// </summary>
public interface IPlaybookSearch
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
