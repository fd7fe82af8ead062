using Bunit;

namespace PlaybookPortal.Components.Tests;

public class SearchHelpTests : BunitContext
{
    [Fact]
    public void SearchHelp_ExplainsEveryOperatorWithAnExample()
    {
        var cut = Render<SearchHelp>();

        var examples = cut.FindAll("dt code").Select(c => c.TextContent).ToList();
        Assert.Equal(["\"exit criteria\"", "discount -renewal", "forecast*", "category:onboarding", "tag:pricing"], examples);
        Assert.Equal(examples.Count, cut.FindAll("dd").Count);
        Assert.Equal("How to search", cut.Find("section[aria-labelledby=search-help-title] h2#search-help-title").TextContent);
    }
}
