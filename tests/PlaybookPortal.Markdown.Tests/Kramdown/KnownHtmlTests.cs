namespace PlaybookPortal.Markdown.Tests.Kramdown;

public class KnownHtmlTests
{
    [Fact]
    public void Render_BigElement_KeptAsMarkupNotShownAsText()
    {
        var rendered = new PlaybookRenderer().Render(
            "<big>[NVIDIA](https://example.com/)</big>", new RenderRequest(false));

        Assert.StartsWith("<p><big><a href=\"https://example.com/\"", rendered.Html, StringComparison.Ordinal);
    }
}
