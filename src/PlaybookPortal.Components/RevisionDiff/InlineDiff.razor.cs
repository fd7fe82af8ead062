using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Two revisions as one column of lines, old and new line numbers side by side, the way a
/// reader on a phone can follow them. Unchanged stretches far from a change are folded into
/// a row that says how many lines it hides. Text is always encoded, never markup.
/// </summary>
public sealed partial class InlineDiff
{
    [Parameter, EditorRequired]
    public RevisionDiffModel Model { get; set; } = default!;

    /// <summary>Names the old revision, e.g. "Revision 4" or "Acknowledged".</summary>
    [Parameter]
    public string OldLabel { get; set; } = "Before";

    /// <summary>Names the new revision, e.g. "Revision 5" or "Your version".</summary>
    [Parameter]
    public string NewLabel { get; set; } = "After";

    private string Label => $"Changes from {OldLabel} to {NewLabel}";
}
