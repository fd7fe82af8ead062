using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Two revisions in two columns, an edited line opposite its old form with the changed words
/// marked. Used to compare revisions, to show a reader what changed since the revision they
/// acknowledged, and to show an editor in a save conflict what changed meanwhile.
/// </summary>
public sealed partial class SideBySideDiff
{
    [Parameter, EditorRequired]
    public RevisionDiffModel Model { get; set; } = default!;

    /// <summary>Heads the left column, e.g. "Revision 4" or "Acknowledged".</summary>
    [Parameter]
    public string OldLabel { get; set; } = "Before";

    /// <summary>Heads the right column, e.g. "Revision 5" or "Your version".</summary>
    [Parameter]
    public string NewLabel { get; set; } = "After";

    private string Label => $"Changes from {OldLabel} to {NewLabel}, side by side";
}
