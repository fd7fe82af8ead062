namespace PlaybookPortal.Components;

/// <summary>One facet, such as categories, with its values largest first.</summary>
/// <param name="Title">The group's heading, such as "Category".</param>
/// <param name="Links">The values to filter by.</param>
/// <param name="RemoveUrl">The same search without this group's filter; null when it has none.</param>
/// <param name="RemoveLabel">The text of the link to <paramref name="RemoveUrl"/>, such as "All categories".</param>
public sealed record FacetGroupModel(
    string Title,
    IReadOnlyList<FacetLinkModel> Links,
    string? RemoveUrl = null,
    string RemoveLabel = "Remove filter");
