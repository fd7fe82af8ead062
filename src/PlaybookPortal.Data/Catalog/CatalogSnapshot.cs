using System.Collections.Frozen;

namespace PlaybookPortal.Data.Catalog;

/// <summary>An immutable view of every playbook as of one change number.</summary>
public sealed class CatalogSnapshot
{
    public static readonly CatalogSnapshot Empty = new(-1, []);

    public CatalogSnapshot(
        long changeNumber, IEnumerable<PlaybookEntry> entries,
        IEnumerable<KeyValuePair<string, string>>? slugAliases = null)
    {
        ChangeNumber = changeNumber;
        ById = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        BySlug = ById.Values.ToFrozenDictionary(e => e.Slug, StringComparer.Ordinal);
        AliasSlugs = (slugAliases ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public long ChangeNumber { get; }

    public FrozenDictionary<string, PlaybookEntry> ById { get; }

    public FrozenDictionary<string, PlaybookEntry> BySlug { get; }

    /// <summary>Old slugs of moved playbooks, each to the playbook's id.</summary>
    public FrozenDictionary<string, string> AliasSlugs { get; }

    public IEnumerable<PlaybookEntry> All => ById.Values;

    /// <summary>The playbook that used to live at <paramref name="slug"/>, if it still exists.</summary>
    public PlaybookEntry? FindMovedFrom(string slug) =>
        AliasSlugs.TryGetValue(slug, out var id) && ById.TryGetValue(id, out var entry) ? entry : null;
}
