using PlaybookPortal.Markdown.Outline;

namespace PlaybookPortal.Markdown.Tests.Outline;

public class MarkdownOutlinerTests
{
    private static readonly MarkdownOutliner Outliner = new();

    [Fact]
    public void Outline_TitleFirst_ReturnsPlainTitleAndFirstParagraph()
    {
        const string body =
            "# **Sales** <span>Playbook</span> :tada:\n\nThe *first* [paragraph](x.md).\n\nSecond.\n";

        var outline = Outliner.Outline(body);

        Assert.Equal("Sales Playbook 🎉", outline.Title);
        Assert.Equal("The first paragraph.", outline.FirstParagraph);
    }

    [Fact]
    public void Outline_KramdownPreamble_SkipsTocAttributesCommentsAndOptions()
    {
        const string body = """
            <!----- Banner: generated page ----->
            {::options parse_block_html="true" /}

            ## On this page
            {:.no_toc .hidden-md .hidden-lg}

            - TOC
            {:toc .hidden-md .hidden-lg}

            # Order Processing

            {{generator:reporting_structure.vp_sales}}

            ![Diagram](diagram.png)

            This page outlines the quote to cash process.
            """;

        var outline = Outliner.Outline(body);

        Assert.Equal("Order Processing", outline.Title);
        Assert.Equal("This page outlines the quote to cash process.", outline.FirstParagraph);
        Assert.Equal(["order-processing"], outline.Headings.Select(h => h.Anchor));
    }

    [Fact]
    public void Outline_TitleAfterIntroParagraph_StillTitleWhenNoHeadingBefore()
    {
        const string body = "Intro line.\n\n# Title\n\n## Section\n";

        var outline = Outliner.Outline(body);

        Assert.Equal("Title", outline.Title);
        Assert.Equal("Intro line.", outline.FirstParagraph);
    }

    [Fact]
    public void Outline_FirstHeadingIsLevelTwo_HasNoTitle()
    {
        const string body = "## Overview\n\n# Later\n\nText.\n";

        var outline = Outliner.Outline(body);

        Assert.Null(outline.Title);
        Assert.Equal(2, outline.Headings.Count);
    }

    [Fact]
    public void Outline_BodyWithoutFrontMatterOrHeadings_HasOnlyParagraph()
    {
        const string body = "Just a paragraph with https://example.com/link in it.";

        var outline = Outliner.Outline(body);

        Assert.Null(outline.Title);
        Assert.Equal("Just a paragraph with in it.", outline.FirstParagraph);
        Assert.Empty(outline.Headings);
        Assert.Equal(0, outline.MaxNestingDepth);
    }

    [Fact]
    public void Outline_ListsAndTablesOnly_HasNoFirstParagraph()
    {
        const string body = "# Title\n\n- item one\n- item two\n\n| a |\n|---|\n| b |\n";

        var outline = Outliner.Outline(body);

        Assert.Null(outline.FirstParagraph);
    }

    [Fact]
    public void Outline_LongParagraph_IsCutAtAWordNearThreeHundredCharacters()
    {
        var body = string.Join(' ', Enumerable.Repeat("pipeline", 60));

        var outline = Outliner.Outline(body);

        Assert.NotNull(outline.FirstParagraph);
        Assert.EndsWith("pipeline…", outline.FirstParagraph, StringComparison.Ordinal);
        Assert.InRange(outline.FirstParagraph.Length, 250, 301);
    }

    [Fact]
    public void Outline_NestedContainers_ReportsDeepestNesting()
    {
        const string body = "- a\n  - b\n    > quote\n    > - c\n\n> top\n";

        var outline = Outliner.Outline(body);

        Assert.Equal(4, outline.MaxNestingDepth);
    }

    [Fact]
    public void Outline_HeadingsAndAnchors_MatchTheRenderer()
    {
        const string body = "# T\n\n## Schritt\n\n## Schritt\n\n## Schritt 1\n\n## 🎉\n";

        var outline = Outliner.Outline(body);
        var rendered = new PlaybookRenderer().Render(body, new RenderRequest(false));

        Assert.Equal(rendered.Headings, outline.Headings);
    }

    [Fact]
    public void Outline_InputMarkdigRefuses_ReturnsEstimatedDepthInsteadOfThrowing()
    {
        var body = string.Concat(Enumerable.Repeat("> ", 500)) + "deep";

        var outline = Outliner.Outline(body);

        Assert.Null(outline.Title);
        Assert.Equal(500, outline.MaxNestingDepth);
    }

    [Fact]
    public void Outline_BodyStillHoldingFrontMatter_ReadsLikeTheStrippedBody()
    {
        const string stripped = "# Sales QBRs\n\nQuarterly business reviews, step by step.\n\n## Prep\n";
        const string withFrontMatter =
            "\uFEFF---\r\ntitle: \"QBRs\"\r\ndescription: >-\r\n  Folded\r\n---\r\n" + stripped;

        var expected = Outliner.Outline(stripped);
        var actual = Outliner.Outline(withFrontMatter);

        Assert.Equal("Sales QBRs", actual.Title);
        Assert.Equal(expected.FirstParagraph, actual.FirstParagraph);
        Assert.Equal(expected.Headings, actual.Headings);
    }
}
