using Bunit;

namespace PlaybookPortal.Components.Tests;

public class SearchResultListTests : BunitContext
{
    private static SearchResultModel Hit(
        string title = "Forecast calls",
        string url = "/playbooks/sales/forecast#accuracy",
        string? category = "Sales",
        IReadOnlyList<string>? headingPath = null,
        string snippetHtml = "Keep the <mark>forecast</mark> honest.",
        string status = "Published",
        string? language = "en",
        IReadOnlyList<string>? tags = null,
        int matchingSections = 1) =>
        new(title, url, category, headingPath ?? ["Forecasting", "Accuracy"], snippetHtml, status, language,
            tags ?? ["forecast"], matchingSections);

    [Fact]
    public void SearchResultList_OneHit_RendersTheMarkupContract()
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items, [Hit()]));

        cut.MarkupMatches(
            """
            <ol class="search-results" aria-label="Search results">
              <li class="search-result">
                <h2 class="search-result-title">
                  <a class="search-result-link" href="/playbooks/sales/forecast#accuracy" lang="en">Forecast calls</a>
                </h2>
                <p class="search-result-where">
                  <span class="search-result-category">Sales</span>
                  <span class="search-result-section" lang="en">
                    <span class="visually-hidden">Section: </span>Forecasting › Accuracy
                  </span>
                </p>
                <p class="search-result-snippet" lang="en">Keep the <mark>forecast</mark> honest.</p>
                <ul class="tags" aria-label="Tags"><li>forecast</li></ul>
              </li>
            </ol>
            """);
    }

    [Fact]
    public void SearchResultList_Hits_AreListItemsInOrderWithTheirLinks()
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items,
        [
            Hit(title: "First", url: "/playbooks/a#x"),
            Hit(title: "Second", url: "/playbooks/b"),
        ]));

        var links = cut.FindAll("ol.search-results > li.search-result a.search-result-link");
        Assert.Equal(["First", "Second"], links.Select(a => a.TextContent));
        Assert.Equal(["/playbooks/a#x", "/playbooks/b"], links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void SearchResultList_Snippet_IsEmittedAsMarkupWithMarks()
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items,
            [Hit(snippetHtml: "Use &lt;b&gt; for <mark>bold</mark> &amp; <mark>clear</mark>")]));

        var snippet = cut.Find(".search-result-snippet");
        Assert.Equal(["bold", "clear"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(snippet.QuerySelectorAll("b"));
        Assert.Equal("Use <b> for bold & clear", snippet.TextContent);
    }

    [Fact]
    public void SearchResultList_SnippetWithUnencodedElement_IsShownAsText()
    {
        const string broken = "<mark>x</mark><img src=x onerror=alert(1)>";

        var cut = Render<SearchResultList>(p => p.Add(c => c.Items, [Hit(snippetHtml: broken)]));

        var snippet = cut.Find(".search-result-snippet");
        Assert.Empty(snippet.QuerySelectorAll("img, mark"));
        Assert.Equal(broken, snippet.TextContent);
    }

    [Fact]
    public void SearchResultList_HtmlInTitleCategoryHeadingsAndTags_IsEncodedAsText()
    {
        const string attack = "<img src=x onerror=alert(1)>";

        var cut = Render<SearchResultList>(p => p.Add(c => c.Items,
            [Hit(title: attack, category: attack, headingPath: [attack, "<b>x</b>"], tags: [attack])]));

        Assert.Empty(cut.FindAll("img, b"));
        Assert.Equal(attack, cut.Find(".search-result-link").TextContent);
        Assert.Equal(attack, cut.Find(".search-result-category").TextContent);
        Assert.Equal("Section: " + attack + " › <b>x</b>", cut.Find(".search-result-section").TextContent.Trim());
        Assert.Equal(attack, cut.Find(".tags li").TextContent);
    }

    [Theory]
    [InlineData("Draft", "status-badge--draft")]
    [InlineData("Archived", "status-badge--archived")]
    public void SearchResultList_UnpublishedHit_IsMarked(string status, string badgeClass)
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items, [Hit(status: status)]));

        var badge = cut.Find(".search-result .status-badge");
        Assert.Contains(badgeClass, badge.ClassList);
        Assert.Equal("Status: " + status, badge.TextContent.Trim());
    }

    [Fact]
    public void SearchResultList_PublishedHit_HasNoStatusMark()
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items, [Hit(status: "Published")]));

        Assert.Empty(cut.FindAll(".status-badge"));
    }

    [Fact]
    public void SearchResultList_LeadSectionWithoutCategory_LeavesBothOut()
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items, [Hit(category: null, headingPath: [])]));

        Assert.Empty(cut.FindAll(".search-result-category, .search-result-section"));
    }

    [Fact]
    public void SearchResultList_SecondPage_NumbersFromTheFirstItemOfThePage()
    {
        var cut = Render<SearchResultList>(p => p
            .Add(c => c.Items, [Hit()])
            .Add(c => c.FirstNumber, 21));

        Assert.Equal("21", cut.Find("ol.search-results").GetAttribute("start"));
    }

    [Fact]
    public void SearchResultList_SeveralMatchingSections_SaysHowMany()
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items, [Hit(matchingSections: 3)]));

        Assert.Equal("3 sections match", cut.Find(".search-result-more").TextContent);
    }

    [Fact]
    public void SearchResultList_GermanHit_MarksTitleAndSnippetAsGerman()
    {
        var cut = Render<SearchResultList>(p => p.Add(c => c.Items, [Hit(language: "de")]));

        Assert.Equal("de", cut.Find(".search-result-link").GetAttribute("lang"));
        Assert.Equal("de", cut.Find(".search-result-snippet").GetAttribute("lang"));
    }

    [Fact]
    public void SearchResultList_NoHits_SaysSoWithTipsAndNoList()
    {
        var cut = Render<SearchResultList>(p => p
            .Add(c => c.Items, [])
            .Add(c => c.Query, "<b>Preis</b>"));

        Assert.Empty(cut.FindAll("ol"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("No playbooks match “<b>Preis</b>”.", cut.Find(".search-empty-title").TextContent);
        Assert.NotEmpty(cut.FindAll(".search-empty-tips li"));
        Assert.Empty(cut.FindAll(".search-empty-tips a"));
    }

    [Fact]
    public void SearchResultList_NoHitsWithFilters_OffersTheSearchWithoutThem()
    {
        var cut = Render<SearchResultList>(p => p
            .Add(c => c.Items, [])
            .Add(c => c.Query, "pricing")
            .Add(c => c.ClearFiltersUrl, "/search?q=pricing"));

        Assert.Equal("/search?q=pricing", cut.Find(".search-empty-tips a").GetAttribute("href"));
    }
}
