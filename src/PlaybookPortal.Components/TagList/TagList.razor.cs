using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>The tags of a playbook as a labelled list; renders nothing without tags.</summary>
public partial class TagList
{
    private List<string> _tags = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>The list's accessible name; null leaves the list unnamed.</summary>
    [Parameter]
    public string? Label { get; set; } = "Tags";

    protected override void OnParametersSet() =>
        _tags = [.. Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];
}
