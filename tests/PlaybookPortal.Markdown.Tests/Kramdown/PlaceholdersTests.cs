namespace PlaybookPortal.Markdown.Tests.Kramdown;

public class PlaceholdersTests
{
    [Fact]
    public void Render_PlaceholderInCodeSpan_ShownAsWritten()
    {
        var rendered = new PlaybookRenderer().Render("Open `<Customer Name> - Scope`.", new RenderRequest(false));

        Assert.Contains("<code>&lt;Customer Name&gt; - Scope</code>", rendered.Html, StringComparison.Ordinal);
    }
}
