namespace PlaybookPortal.Components;

/// <summary>A heading with the headings nested under it, as the contents list shows them.</summary>
internal sealed class TocNode(TocEntry entry)
{
    public TocEntry Entry { get; } = entry;

    public List<TocNode> Children { get; } = [];

    /// <summary>
    /// Nests headings under the nearest earlier heading of a lower level. A skipped level
    /// (an h4 straight after an h2) nests one step deeper, not two, so the list never holds an
    /// empty item; a heading with no lower one before it stays at the top.
    /// </summary>
    public static List<TocNode> Nest(IEnumerable<TocEntry> entries)
    {
        var roots = new List<TocNode>();
        var open = new Stack<TocNode>();
        foreach (var entry in entries)
        {
            while (open.Count > 0 && open.Peek().Entry.Level >= entry.Level)
            {
                open.Pop();
            }

            var node = new TocNode(entry);
            (open.Count > 0 ? open.Peek().Children : roots).Add(node);
            open.Push(node);
        }

        return roots;
    }
}
