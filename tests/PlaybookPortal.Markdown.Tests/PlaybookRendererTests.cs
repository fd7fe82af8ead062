using PlaybookPortal.Markdown.Links;

namespace PlaybookPortal.Markdown.Tests;

public class PlaybookRendererTests
{
    private static readonly PlaybookRenderer Renderer = new();
    private static readonly RenderRequest KeepTitle = new(DropFirstTitleHeading: false);

    [Fact]
    public void Render_PageWithTitle_ListsHeadingsWithAnchors()
    {
        const string body = "# Playbook\n\n## Discovery call\n\n### **Prep** <span>list</span>\n";

        var rendered = Renderer.Render(body, KeepTitle);

        Assert.Equal(
            [
                (1, "Playbook", "playbook"),
                (2, "Discovery call", "discovery-call"),
                (3, "Prep list", "prep-list"),
            ],
            rendered.Headings.Select(h => (h.Level, h.Text, h.Anchor)));
    }

    [Fact]
    public void Render_DropFirstTitleHeading_LeavesTitleOutOfHtmlHeadingsAndText()
    {
        const string body = "# Playbook\n\nIntro text.\n\n## Steps\n";

        var rendered = Renderer.Render(body, new RenderRequest(DropFirstTitleHeading: true));

        Assert.DoesNotContain("<h1", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(["steps"], rendered.Headings.Select(h => h.Anchor));
        Assert.Equal("Intro text.\nSteps", rendered.PlainText);
    }

    [Fact]
    public void Render_SameInputTwice_GivesIdenticalOutput()
    {
        const string body = "## A\n\n## A\n\nText[^1] and [x](a.md).\n\n[^1]: Note.\n";

        var first = Renderer.Render(body, KeepTitle);
        var second = new PlaybookRenderer().Render(body, KeepTitle);

        Assert.Equal(first.Html, second.Html);
        Assert.Equal(first.Headings, second.Headings);
        Assert.Equal(first.Links, second.Links);
    }

    [Fact]
    public void Render_PlainText_LeavesOutUrlsDiagramsTemplatesAndComments()
    {
        const string body = """
            ## On this page
            {:.no_toc}

            - TOC
            {:toc}

            Visit https://example.com/page or [the guide](https://example.com/guide) today.
            <!-- hidden comment -->

            ```mermaid
            graph TD; A-->B;
            ```

            {{generator:reporting_structure.vp_sales}}

            As with all roles the <%= roleName %> participates.

            <iframe src="https://www.youtube.com/embed/x"></iframe>

            ![Chart](chart.png)
            """;

        var rendered = Renderer.Render(body, KeepTitle);

        Assert.Equal("Visit or the guide today.\nAs with all roles the participates.", rendered.PlainText);
    }

    [Fact]
    public void Render_TablesAndLists_PutsEachBlockOnItsOwnLine()
    {
        const string body = "| Stage | Owner |\n|---|---|\n| 1 | SDR |\n\n- First\n- Second\n";

        var rendered = Renderer.Render(body, KeepTitle);

        Assert.Equal("Stage Owner\n1 SDR\nFirst\nSecond", rendered.PlainText);
    }

    [Fact]
    public void Render_InternalLinks_ListsPlaceholdersWithDecodedHrefs()
    {
        const string body =
            "[a](../x.md#a) [b](/handbook/sales/) <a href=\"q.md?x=1&amp;y=2\">c</a> [d](#top)";

        var rendered = Renderer.Render(body, KeepTitle);

        Assert.Equal(
            [new LinkPlaceholder(0, "../x.md#a"), new(1, "/handbook/sales/"), new(2, "q.md?x=1&y=2")],
            rendered.Links);
        Assert.Contains("<a data-pp-link=\"2\">c</a>", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyBody_IsEmptyAndNotDegraded()
    {
        var rendered = Renderer.Render(string.Empty, KeepTitle);

        Assert.False(rendered.Degraded);
        Assert.Null(rendered.Notice);
        Assert.Equal(string.Empty, rendered.Html);
        Assert.Empty(rendered.Headings);
        Assert.Equal(string.Empty, rendered.PlainText);
    }

    [Fact]
    public void Render_CrLfLineEndings_RenderLikeLf()
    {
        const string unix = "## Title\n\nText.\n{: .alert .alert-info}\n";
        var windows = unix.ReplaceLineEndings("\r\n");

        var fromUnix = Renderer.Render(unix, KeepTitle);
        var fromWindows = Renderer.Render(windows, KeepTitle);

        Assert.Equal(fromUnix.Html, fromWindows.Html);
    }

    [Fact]
    public void Render_ConcurrentCalls_AllMatchSequentialResult()
    {
        const string body =
            "# T\n\n## A\n\n<b>x</b> [y](y.md) <iframe src=\"https://x.example/e\"></iframe>\n";
        var expected = Renderer.Render(body, KeepTitle).Html;

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Renderer.Render(body, KeepTitle).Html);

        Assert.All(results, html => Assert.Equal(expected, html));
    }
}
