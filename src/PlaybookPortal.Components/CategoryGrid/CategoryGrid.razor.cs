using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>Categories as a grid of link tiles; renders nothing without categories.</summary>
public partial class CategoryGrid
{
    [Parameter, EditorRequired]
    public IReadOnlyList<CategoryTile> Categories { get; set; } = [];

    private static string CountText(int count) =>
        count == 1
            ? "1 playbook"
            : string.Create(CultureInfo.InvariantCulture, $"{count} playbooks");
}
