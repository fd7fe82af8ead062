using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>Playbooks as a list of cards, or a sentence saying there are none.</summary>
public partial class PlaybookList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<PlaybookCardModel> Items { get; set; } = [];

    [Parameter]
    public string EmptyText { get; set; } = "No playbooks here yet.";
}
