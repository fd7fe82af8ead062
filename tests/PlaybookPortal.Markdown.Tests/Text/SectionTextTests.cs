using PlaybookPortal.Markdown.Text;

namespace PlaybookPortal.Markdown.Tests.Text;

public class SectionTextTests
{
    private static readonly PlaybookRenderer Renderer = new();

    private static IReadOnlyList<TextSection> Sections(string markdown, bool dropTitle = false) =>
        Renderer.Render(markdown, new RenderRequest(dropTitle)).Sections;

    [Fact]
    public void Render_TextBeforeFirstHeading_IsTheLeadWithoutAnchor()
    {
        var sections = Sections("Intro words.\n\n## Pricing\n\nList price first.");

        Assert.Equal(2, sections.Count);
        Assert.Equal("", sections[0].Anchor);
        Assert.Empty(sections[0].HeadingPath);
        Assert.Equal("Intro words.", sections[0].Text);
        Assert.Equal("pricing", sections[1].Anchor);
        Assert.Equal("List price first.", sections[1].Text);
    }

    [Fact]
    public void Render_NestedHeadings_CarryTheirPathAndThePageAnchors()
    {
        var rendered = Renderer.Render(
            "## Pricing\n\nA.\n\n### Discounts\n\nB.\n\n## Contracts\n\nC.", new RenderRequest(false));

        var paths = rendered.Sections.Select(s => string.Join(" > ", s.HeadingPath)).ToList();
        Assert.Equal(["Pricing", "Pricing > Discounts", "Contracts"], paths);
        Assert.Equal(rendered.Headings.Select(h => h.Anchor), rendered.Sections.Select(s => s.Anchor));
        Assert.All(rendered.Sections, s => Assert.Contains($"id=\"{s.Anchor}\"", rendered.Html, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SectionText_LeavesOutHeadingsDiagramsAndUrls()
    {
        var sections = Sections(
            "## Flow\n\nSee https://example.com/x for more.\n\n```mermaid\ngraph TD; A-->B\n```\n\nDone.");

        var flow = Assert.Single(sections);
        Assert.DoesNotContain("Flow", flow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", flow.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("graph", flow.Text, StringComparison.Ordinal);
        Assert.Contains("Done.", flow.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyHeading_IsStillASection()
    {
        var sections = Sections("## Only a title");

        var section = Assert.Single(sections);
        Assert.Equal(["Only a title"], section.HeadingPath);
        Assert.Equal("", section.Text);
    }

    [Fact]
    public void Render_DroppedTitleHeading_IsNoSection()
    {
        var sections = Sections("# Close rate\n\nShare of deals won.\n\n## Formula\n\nWon / closed.", dropTitle: true);

        Assert.Equal(["", "formula"], sections.Select(s => s.Anchor));
        Assert.Equal("Share of deals won.", sections[0].Text);
    }

    [Fact]
    public void Render_DegradedPlaybook_IsOneLeadSectionWithTheSource()
    {
        var source = "word " + new string('x', 210_000);

        var rendered = Renderer.Render(source, new RenderRequest(false));

        Assert.True(rendered.Degraded);
        var lead = Assert.Single(rendered.Sections);
        Assert.Equal("", lead.Anchor);
        Assert.StartsWith("word", lead.Text, StringComparison.Ordinal);
    }
}
