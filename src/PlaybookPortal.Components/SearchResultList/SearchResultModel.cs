namespace PlaybookPortal.Components;

/// <summary>
/// One playbook in the search results, led by its best section.
/// </summary>
/// <param name="Title">The playbook's title, shown as text.</param>
/// <param name="Url">Where the hit leads: the playbook, with the best section's anchor when it has one.</param>
/// <param name="Category">The category's display name, or null.</param>
/// <param name="HeadingPath">The headings down to the best section; empty when the lead matched best.</param>
/// <param name="SnippetHtml">
/// An excerpt whose text is already HTML-encoded, with matches wrapped in <c>&lt;mark&gt;</c>.
/// It is emitted as markup, so it must never hold anything the search engine did not encode.
/// </param>
/// <param name="Status">"Published", "Draft" or "Archived"; only the latter two are marked.</param>
/// <param name="Language">A language tag such as "en" or "de", used for the <c>lang</c> attribute.</param>
/// <param name="Tags">The playbook's tags.</param>
/// <param name="MatchingSections">How many of the playbook's sections matched.</param>
public sealed record SearchResultModel(
    string Title,
    string Url,
    string? Category,
    IReadOnlyList<string> HeadingPath,
    string SnippetHtml,
    string Status,
    string? Language,
    IReadOnlyList<string> Tags,
    int MatchingSections);
