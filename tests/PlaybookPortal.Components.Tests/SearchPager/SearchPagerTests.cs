using Bunit;

namespace PlaybookPortal.Components.Tests;

public class SearchPagerTests : BunitContext
{
    [Fact]
    public void SearchPager_MiddlePage_LinksBothWays()
    {
        var cut = Render<SearchPager>(p => p
            .Add(c => c.Page, 2)
            .Add(c => c.PageCount, 3)
            .Add(c => c.PreviousUrl, "/search?q=x")
            .Add(c => c.NextUrl, "/search?q=x&page=3"));

        cut.MarkupMatches(
            """
            <nav class="pager" aria-label="Result pages">
              <a class="pager-link pager-previous" href="/search?q=x" rel="prev">Previous<span class="visually-hidden"> page</span></a>
              <span class="pager-status">Page 2 of 3</span>
              <a class="pager-link pager-next" href="/search?q=x&amp;page=3" rel="next">Next<span class="visually-hidden"> page</span></a>
            </nav>
            """);
    }

    [Fact]
    public void SearchPager_FirstPage_HasOnlyNext()
    {
        var cut = Render<SearchPager>(p => p
            .Add(c => c.Page, 1)
            .Add(c => c.PageCount, 2)
            .Add(c => c.NextUrl, "/search?q=x&page=2"));

        Assert.Empty(cut.FindAll("[rel=prev]"));
        Assert.Equal("/search?q=x&page=2", cut.Find("[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void SearchPager_SinglePage_RendersNothing()
    {
        var cut = Render<SearchPager>(p => p
            .Add(c => c.Page, 1)
            .Add(c => c.PageCount, 1));

        Assert.Equal("", cut.Markup.Trim());
    }
}
