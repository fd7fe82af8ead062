using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Marks a playbook that is not published. Published is the normal case and gets no badge, so
/// a badge always means "look twice"; an unknown status is shown as it is, in neutral colours.
/// </summary>
public partial class StatusBadge
{
    [Parameter, EditorRequired]
    public string Status { get; set; } = "";

    private string Modifier =>
        Is(Status, "Draft") ? "status-badge--draft"
        : Is(Status, "Archived") ? "status-badge--archived"
        : "status-badge--other";

    /// <summary>Whether a status gets a badge at all; cards use it to skip empty rows.</summary>
    internal static bool IsShown(string? status) =>
        !string.IsNullOrWhiteSpace(status) && !Is(status, "Published");

    private static bool Is(string? status, string name) =>
        string.Equals(status?.Trim(), name, StringComparison.OrdinalIgnoreCase);
}
