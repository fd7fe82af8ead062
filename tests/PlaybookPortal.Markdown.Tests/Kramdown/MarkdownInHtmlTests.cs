namespace PlaybookPortal.Markdown.Tests.Kramdown;

public class MarkdownInHtmlTests
{
    [Fact]
    public void Render_LineBreakTagOpeningBlock_NextLineStaysMarkdown()
    {
        var rendered = new PlaybookRenderer().Render("<BR>\n#### Coverage", new RenderRequest(false));

        Assert.Contains(">Coverage</h4>", rendered.Html, StringComparison.Ordinal);
    }
}
