namespace PlaybookPortal.Components;

/// <summary>One value of a facet: a link that filters the results to it, with its count.</summary>
/// <param name="Label">What the reader sees, such as "Customer success" or "Deutsch".</param>
/// <param name="Url">The same search filtered to this value.</param>
/// <param name="Count">How many matching playbooks have this value.</param>
/// <param name="IsActive">Whether the results are filtered to this value right now.</param>
/// <param name="Language">The language the label is written in, when it is not English ("de" for "Deutsch").</param>
public sealed record FacetLinkModel(string Label, string Url, int Count, bool IsActive, string? Language = null);
