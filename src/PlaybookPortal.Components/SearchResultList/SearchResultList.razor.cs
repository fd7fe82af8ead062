using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Search hits as a numbered list of links to the best section of each playbook, or, without
/// hits, a sentence saying so with tips. Without hits there is no list at all, so "is there
/// an <c>ol.search-results</c>" answers "were there results".
/// </summary>
public partial class SearchResultList
{
    /// <summary>The separator between headings of a section's path, as in "Forecasting › Accuracy".</summary>
    public const string HeadingSeparator = " › ";

    [Parameter, EditorRequired]
    public IReadOnlyList<SearchResultModel> Items { get; set; } = [];

    /// <summary>The number of the first item: 21 on the second page of twenty.</summary>
    [Parameter]
    public int FirstNumber { get; set; } = 1;

    /// <summary>What the reader searched for, repeated in the empty state.</summary>
    [Parameter]
    public string Query { get; set; } = "";

    /// <summary>The same search without facet filters; null when no filter is applied.</summary>
    [Parameter]
    public string? ClearFiltersUrl { get; set; }

    // The list starts at 1 by itself; an explicit start="1" would only be noise in the markup.
    private int? StartAttribute => FirstNumber > 1 ? FirstNumber : null;

    private string EmptyTitle =>
        string.IsNullOrWhiteSpace(Query)
            ? "No playbooks match."
            : $"No playbooks match “{Query.Trim()}”.";

    private static string? SectionOf(SearchResultModel item)
    {
        var headings = item.HeadingPath.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).ToList();
        return headings.Count == 0 ? null : string.Join(HeadingSeparator, headings);
    }

    // The hit's own language, so a screen reader reads a German title and snippet in German;
    // anything but a plain tag is left out rather than passed on as an invalid attribute.
    private static string? LanguageOf(SearchResultModel item) =>
        item.Language?.Trim() is { Length: >= 2 and <= 8 } tag && tag.All(c => char.IsAsciiLetter(c) || c == '-')
            ? tag
            : null;

    private static MarkupString SnippetOf(SearchResultModel item) => new(SnippetMarkup.Safe(item.SnippetHtml));

    private static string MoreSectionsText(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} sections match");
}
