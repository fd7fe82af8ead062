using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// The headings of a playbook as a nested list of in-page links. Renders nothing when fewer
/// than two headings are at or above <see cref="MaxLevel"/>: one link is no table of contents.
/// </summary>
public partial class TableOfContents
{
    private List<TocNode> _nodes = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<TocEntry> Entries { get; set; } = [];

    /// <summary>The deepest heading level listed; 3 lists h1 to h3.</summary>
    [Parameter]
    public int MaxLevel { get; set; } = 3;

    protected override void OnParametersSet()
    {
        // A heading without an anchor cannot be linked to, so it does not count either.
        var listed = Entries
            .Where(e => e.Level <= MaxLevel && !string.IsNullOrWhiteSpace(e.Anchor))
            .ToList();

        _nodes = listed.Count >= 2 ? TocNode.Nest(listed) : [];
    }
}
