using Bunit;

namespace PlaybookPortal.Components.Tests;

public class TableOfContentsTests : BunitContext
{
    [Fact]
    public void TableOfContents_TwoLevels_RendersNestedLinksInsideOpenDetails()
    {
        TocEntry[] entries =
        [
            new(2, "Before the call", "before-the-call"),
            new(3, "Research", "research"),
            new(2, "During the call", "during-the-call"),
        ];

        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, entries));

        cut.MarkupMatches(
            """
            <nav class="toc" aria-label="Contents">
              <details open>
                <summary>Contents</summary>
                <ol>
                  <li>
                    <a href="#before-the-call">Before the call</a>
                    <ol><li><a href="#research">Research</a></li></ol>
                  </li>
                  <li><a href="#during-the-call">During the call</a></li>
                </ol>
              </details>
            </nav>
            """);
    }

    [Fact]
    public void TableOfContents_SkippedLevel_NestsOneStepUnderThePreviousHeading()
    {
        TocEntry[] entries =
        [
            new(2, "Objections", "objections"),
            new(4, "Too expensive", "too-expensive"),
            new(3, "Timing", "timing"),
            new(2, "Closing", "closing"),
        ];

        var cut = Render<TableOfContents>(p => p
            .Add(c => c.Entries, entries)
            .Add(c => c.MaxLevel, 4));

        cut.Find("details > ol").MarkupMatches(
            """
            <ol>
              <li>
                <a href="#objections">Objections</a>
                <ol>
                  <li><a href="#too-expensive">Too expensive</a></li>
                  <li><a href="#timing">Timing</a></li>
                </ol>
              </li>
              <li><a href="#closing">Closing</a></li>
            </ol>
            """);
    }

    [Fact]
    public void TableOfContents_DeeperThanMaxLevel_LeavesThoseHeadingsOut()
    {
        TocEntry[] entries =
        [
            new(2, "One", "one"),
            new(3, "One a", "one-a"),
            new(4, "One a i", "one-a-i"),
            new(2, "Two", "two"),
        ];

        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, entries));

        Assert.Equal(3, cut.FindAll("a").Count);
        Assert.Empty(cut.FindAll("a[href='#one-a-i']"));
    }

    [Fact]
    public void TableOfContents_OneEntryUnderMaxLevel_RendersNothing()
    {
        TocEntry[] entries = [new(2, "Only", "only"), new(4, "Too deep", "too-deep")];

        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, entries));

        cut.MarkupMatches(string.Empty);
    }

    [Fact]
    public void TableOfContents_NoEntries_RendersNothing()
    {
        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, []));

        cut.MarkupMatches(string.Empty);
    }

    [Fact]
    public void TableOfContents_UnicodeAnchor_LinksToTheAnchorAsIs()
    {
        TocEntry[] entries = [new(2, "Übersicht", "übersicht"), new(2, "Größe", "größe")];

        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, entries));

        var links = cut.FindAll("a");
        Assert.Equal("#übersicht", links[0].GetAttribute("href"));
        Assert.Equal("#größe", links[1].GetAttribute("href"));
    }

    [Fact]
    public void TableOfContents_HtmlInTextAndAnchor_IsEncoded()
    {
        TocEntry[] entries =
        [
            new(2, "<img src=x onerror=alert(1)>", "a\" onmouseover=\"alert(1)"),
            new(2, "Plain", "plain"),
        ];

        var cut = Render<TableOfContents>(p => p.Add(c => c.Entries, entries));

        var first = cut.Find("a");
        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("<img src=x onerror=alert(1)>", first.TextContent);
        Assert.False(first.HasAttribute("onmouseover"));
        Assert.Equal("#a\" onmouseover=\"alert(1)", first.GetAttribute("href"));
    }
}
