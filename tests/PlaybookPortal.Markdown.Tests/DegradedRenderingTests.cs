using System.Text;
using PlaybookPortal.Core.Content;
using static System.StringComparison;

namespace PlaybookPortal.Markdown.Tests;

/// <summary>Pathological input never throws; what cannot be formatted is shown escaped.</summary>
public class DegradedRenderingTests
{
    private static readonly PlaybookRenderer Renderer = new();
    private static readonly RenderRequest Request = new(DropFirstTitleHeading: true);

    [Fact]
    public void Render_TenThousandNestedQuotes_IsDegradedWithNestingNotice()
    {
        var body = string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep";

        var rendered = Renderer.Render(body, Request);

        Assert.True(rendered.Degraded);
        Assert.Contains("Nesting depth 10000 exceeds the limit of 32.", rendered.Notice, Ordinal);
        Assert.StartsWith("<pre class=\"degraded-source\">", rendered.Html, Ordinal);
    }

    [Fact]
    public void Render_TenThousandNestedListLevels_IsDegradedWithNestingNotice()
    {
        var body = string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep";

        var rendered = Renderer.Render(body, Request);

        Assert.True(rendered.Degraded);
        Assert.Contains("Nesting depth 10000 exceeds the limit of 32.", rendered.Notice, Ordinal);
    }

    [Fact]
    public void Render_ListIndentedTwoHundredLevels_IsDegraded()
    {
        var body = string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- item"));

        var rendered = Renderer.Render(body, Request);

        Assert.True(rendered.Degraded);
        Assert.Contains("Nesting depth 200", rendered.Notice, Ordinal);
    }

    [Fact]
    public void Render_TenThousandUnclosedDivs_IsDegraded()
    {
        var body = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "text";

        var rendered = Renderer.Render(body, Request);

        Assert.True(rendered.Degraded);
        Assert.Contains("Nesting depth 10000", rendered.Notice, Ordinal);
    }

    [Fact]
    public void Render_ThreeMegabyteSingleLine_IsDegradedWithBothLimitsInNotice()
    {
        var body = new string('a', 3 * 1024 * 1024);

        var rendered = Renderer.Render(body, Request);

        Assert.True(rendered.Degraded);
        Assert.Contains("exceeds the limit of 2,097,152 bytes", rendered.Notice, Ordinal);
        Assert.Contains("without a line break", rendered.Notice, Ordinal);
    }

    [Fact]
    public void Render_DegradedSource_IsEscapedInsidePre()
    {
        var body = "<script>alert(1)</script> & <b>" + string.Concat(Enumerable.Repeat("<div>", 40));

        var rendered = Renderer.Render(body, Request);

        Assert.True(rendered.Degraded);
        Assert.Equal(
            "<pre class=\"degraded-source\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;"
            + string.Concat(Enumerable.Repeat("&lt;div&gt;", 40)) + "</pre>",
            rendered.Html);
        Assert.Empty(rendered.Headings);
        Assert.Empty(rendered.Links);
    }

    [Fact]
    public void Render_DeeplyNestedEmphasis_IsDegradedNotThrown()
    {
        var body = string.Concat(Enumerable.Repeat("*a _b ", 400))
            + string.Concat(Enumerable.Repeat("b_ a* ", 400));

        var rendered = Renderer.Render(body, Request);

        Assert.True(rendered.Degraded);
        Assert.Contains("could not format", rendered.Notice, Ordinal);
    }

    [Theory]
    [InlineData("<div><span><table><tr><td><details><summary>open")]
    [InlineData("<!-- never closed\n\n# Heading")]
    [InlineData("<a href=\"x.md\">unclosed link\n\n<p>para")]
    [InlineData("```\nunclosed fence")]
    [InlineData("[unclosed](link")]
    [InlineData("<% if x %>\n<%= y")]
    [InlineData("{{generator:")]
    [InlineData("<details markdown=\"1\">")]
    [InlineData("\0\u0001\uFFFF\uD800 lone surrogate")]
    public void Render_MalformedInput_DoesNotThrow(string body)
    {
        var rendered = Renderer.Render(body, Request);

        Assert.NotNull(rendered.Html);
        Assert.DoesNotContain("<script", rendered.Html, OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_RandomText_NeverThrowsAndNeverEmitsScript()
    {
        var random = new Random(20240611);
        const string alphabet = "<>/\"'=&#;:{}[]()!*_`~|-+>\n\t abcdeSCRIPTjavascript%01234567890";

        for (var run = 0; run < 300; run++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0
                    ? (char)random.Next(0, 0xFFFF)
                    : alphabet[random.Next(alphabet.Length)];
            }

            var rendered = Renderer.Render(new string(chars), Request);

            Assert.DoesNotContain("<script", rendered.Html, OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Render_RandomBytesDecodedAsUtf8_NeverThrows()
    {
        var random = new Random(7);

        for (var run = 0; run < 100; run++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);

            var rendered = Renderer.Render(Encoding.UTF8.GetString(bytes), Request);

            Assert.NotNull(rendered.PlainText);
        }
    }

    [Fact]
    public void Render_JustUnderEveryLimit_IsNotDegraded()
    {
        var quotes = string.Concat(Enumerable.Repeat("> ", ContentLimits.MaxNestingDepth)) + "deep";
        var longLine = new string('a', ContentLimits.MaxLineBytes);

        var deepest = Renderer.Render(quotes, Request);
        var longest = Renderer.Render(longLine, Request);

        Assert.False(deepest.Degraded);
        Assert.False(longest.Degraded);
    }
}
