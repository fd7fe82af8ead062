using Bunit;

namespace PlaybookPortal.Components.Tests;

public class BreadcrumbsTests : BunitContext
{
    [Fact]
    public void Breadcrumbs_TypicalTrail_RendersOrderedLinksWithCurrentPageLast()
    {
        BreadcrumbItem[] items =
        [
            new("Home", "/"),
            new("Prospecting", "/categories/prospecting"),
            new("Cold calling", "/playbooks/cold-calling"),
        ];

        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Items, items));

        cut.MarkupMatches(
            """
            <nav class="breadcrumbs" aria-label="Breadcrumb">
              <ol>
                <li><a href="/" title="Home">Home</a></li>
                <li><a href="/categories/prospecting" title="Prospecting">Prospecting</a></li>
                <li>
                  <a href="/playbooks/cold-calling" title="Cold calling" aria-current="page">
                    Cold calling
                  </a>
                </li>
              </ol>
            </nav>
            """);
    }

    [Fact]
    public void Breadcrumbs_ItemsWithoutUrl_RenderTextAndMarkOnlyTheLastAsCurrent()
    {
        BreadcrumbItem[] items = [new("Home", "/"), new("Archive", null), new("Old deck", null)];

        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Items, items));

        var spans = cut.FindAll("li > span");
        Assert.Equal(2, spans.Count);
        Assert.False(spans[0].HasAttribute("aria-current"));
        Assert.Equal("page", spans[1].GetAttribute("aria-current"));
        Assert.Single(cut.FindAll("[aria-current]"));
    }

    [Fact]
    public void Breadcrumbs_LongTitle_KeepsFullTitleInTextAndTitleAttribute()
    {
        var title = new string('x', 200);

        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Items, [new BreadcrumbItem(title, "/x")]));

        var link = cut.Find("a");
        Assert.Equal(title, link.TextContent);
        Assert.Equal(title, link.GetAttribute("title"));
    }

    [Fact]
    public void Breadcrumbs_HtmlInTitle_IsEncodedAsText()
    {
        const string title = "<img src=x onerror=alert(1)>";

        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Items, [new BreadcrumbItem(title, "/x")]));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(title, cut.Find("a").TextContent);
    }

    [Fact]
    public void Breadcrumbs_NoItems_RendersNothing()
    {
        var cut = Render<Breadcrumbs>(p => p.Add(c => c.Items, []));

        cut.MarkupMatches(string.Empty);
    }
}
