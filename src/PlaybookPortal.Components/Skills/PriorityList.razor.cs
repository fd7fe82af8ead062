using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Training priorities: skills ranked by reps below target and sum of gaps, with the reps not
/// assessed beside them (never added into the sum) and the playbooks that teach each skill.
/// </summary>
public partial class PriorityList
{
    /// <summary>Already ranked; shown in the order given.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<PriorityListItem> Items { get; set; } = [];

    [Parameter]
    public string Label { get; set; } = "Training priorities";

    [Parameter]
    public string EmptyText { get; set; } = "No targets apply to the reps shown.";
}
