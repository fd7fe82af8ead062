using Bunit;

namespace PlaybookPortal.Components.Tests;

public class TagListTests : BunitContext
{
    [Fact]
    public void TagList_TypicalTags_RendersLabelledList()
    {
        var cut = Render<TagList>(p => p.Add(c => c.Tags, ["discovery", "enterprise"]));

        cut.MarkupMatches(
            """
            <ul class="tags" aria-label="Tags">
              <li>discovery</li>
              <li>enterprise</li>
            </ul>
            """);
    }

    [Fact]
    public void TagList_CustomLabel_NamesTheList()
    {
        var cut = Render<TagList>(p => p
            .Add(c => c.Tags, ["renewal"])
            .Add(c => c.Label, "Topics"));

        Assert.Equal("Topics", cut.Find("ul").GetAttribute("aria-label"));
    }

    [Fact]
    public void TagList_BlankTags_AreLeftOut()
    {
        var cut = Render<TagList>(p => p.Add(c => c.Tags, ["pricing", " ", ""]));

        Assert.Single(cut.FindAll("li"));
    }

    [Fact]
    public void TagList_NoTags_RendersNothing()
    {
        var cut = Render<TagList>(p => p.Add(c => c.Tags, []));

        cut.MarkupMatches(string.Empty);
    }

    [Fact]
    public void TagList_HtmlInTag_IsEncodedAsText()
    {
        const string tag = "<img src=x onerror=alert(1)>";

        var cut = Render<TagList>(p => p.Add(c => c.Tags, [tag]));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(tag, cut.Find("li").TextContent);
    }
}
