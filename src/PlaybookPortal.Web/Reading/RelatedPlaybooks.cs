using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.Web.Reading;

/// <summary>
/// Picks at most five related playbooks the reader may read: first those sharing the most
/// tags or skills, then those linked in either direction.
/// </summary>
public static class RelatedPlaybooks
{
    public const int Limit = 5;

    public static IReadOnlyList<PlaybookEntry> For(PlaybookEntry playbook, ReaderView view)
    {
        var candidates = view.Listed().Where(e => e.Id != playbook.Id).ToList();
        var byShared = candidates
            .Select(e => (Entry: e, Shared: Shared(playbook.Tags, e.Tags) + Shared(playbook.Skills, e.Skills)))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared).ThenBy(x => x.Entry.Title, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Entry);
        var byLink = candidates
            .Where(e => playbook.LinkTargets.Contains(e.Slug) || e.LinkTargets.Contains(playbook.Slug))
            .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase);
        return byShared.Concat(byLink).DistinctBy(e => e.Id).Take(Limit).ToList();
    }

    private static int Shared(IReadOnlyList<string> mine, IReadOnlyList<string> theirs) =>
        mine.Count == 0 || theirs.Count == 0 ? 0 : mine.Intersect(theirs, StringComparer.Ordinal).Count();
}
