using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// One playbook in a list: the title links to it, the summary is cut to three lines by CSS.
/// The title is an h3 because lists sit under a page's h1 and a section's h2.
/// </summary>
public partial class PlaybookCard
{
    // EditorRequired: a card without a playbook is a page bug, and it fails loudly on first use.
    [Parameter, EditorRequired]
    public PlaybookCardModel Playbook { get; set; } = null!;

    // The row of marks is left out when empty, so a published, reviewed playbook without a
    // category has no empty box between its title and summary.
    private bool HasMarks =>
        !string.IsNullOrWhiteSpace(Playbook.Category)
        || Playbook.DueForReview
        || StatusBadge.IsShown(Playbook.Status);
}
