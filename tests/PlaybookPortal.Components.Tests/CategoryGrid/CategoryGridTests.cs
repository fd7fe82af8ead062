using Bunit;

namespace PlaybookPortal.Components.Tests;

public class CategoryGridTests : BunitContext
{
    [Fact]
    public void CategoryGrid_TypicalCategories_RendersLinkTiles()
    {
        CategoryTile[] categories =
        [
            new("Prospecting", "/categories/prospecting", 12),
            new("Negotiation", "/categories/negotiation", 1),
        ];

        var cut = Render<CategoryGrid>(p => p.Add(c => c.Categories, categories));

        cut.MarkupMatches(
            """
            <ul class="category-grid" aria-label="Categories">
              <li>
                <a href="/categories/prospecting">
                  <span class="name">Prospecting</span>
                  <span class="count">12 playbooks</span>
                </a>
              </li>
              <li>
                <a href="/categories/negotiation">
                  <span class="name">Negotiation</span>
                  <span class="count">1 playbook</span>
                </a>
              </li>
            </ul>
            """);
    }

    [Theory]
    [InlineData(0, "0 playbooks")]
    [InlineData(1, "1 playbook")]
    [InlineData(2, "2 playbooks")]
    [InlineData(1500, "1500 playbooks")]
    public void CategoryGrid_Count_IsSingularOnlyForOne(int count, string expected)
    {
        var cut = Render<CategoryGrid>(p => p
            .Add(c => c.Categories, [new CategoryTile("Demo", "/categories/demo", count)]));

        Assert.Equal(expected, cut.Find(".count").TextContent);
    }

    [Fact]
    public void CategoryGrid_NoCategories_RendersNothing()
    {
        var cut = Render<CategoryGrid>(p => p.Add(c => c.Categories, []));

        cut.MarkupMatches(string.Empty);
    }

    [Fact]
    public void CategoryGrid_HtmlInName_IsEncodedAsText()
    {
        const string name = "<img src=x onerror=alert(1)>";

        var cut = Render<CategoryGrid>(p => p
            .Add(c => c.Categories, [new CategoryTile(name, "/categories/x", 3)]));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(name, cut.Find(".name").TextContent);
    }
}
