using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Previous and next links between pages of results, with "Page 2 of 5" between them.
/// A single page needs no pager, so nothing renders then.
/// </summary>
public partial class SearchPager
{
    /// <summary>The page shown, 1-based.</summary>
    [Parameter, EditorRequired]
    public int Page { get; set; }

    [Parameter, EditorRequired]
    public int PageCount { get; set; }

    /// <summary>The page before, or null on the first page.</summary>
    [Parameter]
    public string? PreviousUrl { get; set; }

    /// <summary>The page after, or null on the last page.</summary>
    [Parameter]
    public string? NextUrl { get; set; }

    [Parameter]
    public string Label { get; set; } = "Result pages";

    private string StatusText =>
        string.Create(CultureInfo.InvariantCulture, $"Page {Page} of {PageCount}");
}
