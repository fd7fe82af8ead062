using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Links that narrow search results by category, tag or language, each with its count. The
/// active value is marked with <c>aria-current</c>, and its group offers a link to remove it.
/// Groups without values or filter are left out; without any group nothing renders.
/// </summary>
public partial class FacetPanel
{
    private List<FacetGroupModel> _groups = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<FacetGroupModel> Groups { get; set; } = [];

    /// <summary>The navigation landmark's accessible name.</summary>
    [Parameter]
    public string Label { get; set; } = "Filter results";

    protected override void OnParametersSet() =>
        _groups = [.. Groups.Where(g => g.Links.Count > 0 || g.RemoveUrl is not null)];

    // Heard as "Sales 3 playbooks" rather than a bare "Sales 3".
    private static string CountSuffix(int count) => count == 1 ? " playbook" : " playbooks";
}
