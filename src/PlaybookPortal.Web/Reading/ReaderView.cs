using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.Web.Reading;

/// <summary>
/// The catalog as one reader may see it. Every list, link and lookup on a page goes through
/// here, so a playbook the reader may not read is indistinguishable from one that does not exist.
/// </summary>
public sealed class ReaderView(CatalogSnapshot snapshot, Reader reader)
{
    public const string GeneralCategory = "General";

    public Reader Reader => reader;

    public bool IsStaff => reader.Role >= PermissionRole.Editor;

    /// <summary>Readable playbooks; drafts and archived ones only for editors and admins.</summary>
    public IEnumerable<PlaybookEntry> Readable() => snapshot.All.Where(e => e.CanBeReadBy(reader));

    /// <summary>Readable playbooks that belong in lists: no redirect stubs, no archived ones.</summary>
    public IEnumerable<PlaybookEntry> Listed() => Readable()
        .Where(e => !e.IsRedirectStub && e.Status != PlaybookStatus.Archived);

    public PlaybookEntry? Find(string slug) =>
        snapshot.BySlug.TryGetValue(slug, out var entry) && entry.CanBeReadBy(reader) ? entry : null;

    /// <summary>
    /// The readable playbook that used to live at <paramref name="slug"/> before a move; null
    /// for everyone who may not read it, so an old address reveals nothing.
    /// </summary>
    public PlaybookEntry? FindMovedFrom(string slug) =>
        snapshot.FindMovedFrom(slug) is { } entry && entry.CanBeReadBy(reader) ? entry : null;

    public IReadOnlyList<CategorySummary> Categories() => Listed()
        .GroupBy(e => e.Category ?? GeneralCategory, StringComparer.OrdinalIgnoreCase)
        .Select(g => new CategorySummary(g.Key, g.Count()))
        .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
        .ToList();

    public IReadOnlyList<PlaybookEntry> InCategory(string category) => Listed()
        .Where(e => string.Equals(e.Category ?? GeneralCategory, category, StringComparison.OrdinalIgnoreCase))
        .OrderBy(e => e.Title, StringComparer.CurrentCultureIgnoreCase)
        .ToList();
}
