using System.Collections.Frozen;

namespace PlaybookPortal.Data.Catalog;

/// <summary>An immutable view of every playbook as of one change number.</summary>
public sealed class CatalogSnapshot
{
    public static readonly CatalogSnapshot Empty = new(-1, []);

    public CatalogSnapshot(long changeNumber, IEnumerable<PlaybookEntry> entries)
    {
        ChangeNumber = changeNumber;
        ById = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        BySlug = ById.Values.ToFrozenDictionary(e => e.Slug, StringComparer.Ordinal);
    }

    public long ChangeNumber { get; }

    public FrozenDictionary<string, PlaybookEntry> ById { get; }

    public FrozenDictionary<string, PlaybookEntry> BySlug { get; }

    public IEnumerable<PlaybookEntry> All => ById.Values;
}
