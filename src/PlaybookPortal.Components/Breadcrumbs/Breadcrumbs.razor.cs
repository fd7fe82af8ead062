using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// The trail from the home page to the current page. The last item is the current page,
/// with or without a URL.
/// </summary>
public partial class Breadcrumbs
{
    [Parameter, EditorRequired]
    public IReadOnlyList<BreadcrumbItem> Items { get; set; } = [];

    private bool IsCurrent(int index) => index == Items.Count - 1;
}
