using PlaybookPortal.Search.Querying;

namespace PlaybookPortal.Web.Searching;

/// <summary>
/// The portal's <see cref="IPlaybookSearch"/>: catches the index up with the database first, so
/// a change that narrows who may read a playbook never shows in a hit, snippet or count.
/// </summary>
public sealed class PortalSearch(SearchIndexHost host) : IPlaybookSearch
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = await host.OpenedAsync(cancellationToken);
        await host.CatchUpAsync(cancellationToken);
        return index.Search(request);
    }
}
