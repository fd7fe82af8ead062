using PlaybookPortal.Markdown.Kramdown;
using PlaybookPortal.Markdown.Pipeline;

namespace PlaybookPortal.Markdown.Tests.Kramdown;

public class KramdownPreprocessorTests
{
    private static readonly KramdownPreprocessor Preprocessor =
        new(PlaybookPipelineFactory.Create("x-", preciseSourceLocation: true));

    [Fact]
    public void Prepare_CodeBlocksAndSpans_AreLeftByteForByte()
    {
        const string code = "```erb\n<%= partial(\"x\") %>\n{: .alert .alert-info}\n<Presenter>\n```\n";
        const string indented = "    <% end %> {:toc} <Customer Name>\n";
        const string span = "`<%= y %> {:.no_toc} <Name>`";

        var prepared = Preprocessor.Prepare(code + "\n" + indented + "\nText " + span + " here.\n");

        Assert.Contains(code, prepared, StringComparison.Ordinal);
        Assert.Contains(indented, prepared, StringComparison.Ordinal);
        Assert.Contains(span, prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_ListContinuationParagraph_IsStillRewritten()
    {
        const string source = "1. Step\n\n    Ask <Presenter> {: .no_toc}\n";

        var prepared = Preprocessor.Prepare(source);

        Assert.Equal("1. Step\n\n    Ask &lt;Presenter> \n", prepared);
    }

    [Fact]
    public void Prepare_MultiLineTemplateTag_IsDroppedWithItsLines()
    {
        const string source = "Before\n<% if stack.title == \"LMS\"\n   and more %>\nAfter\n";

        var prepared = Preprocessor.Prepare(source);

        Assert.Equal("Before\nAfter\n", prepared);
    }

    [Fact]
    public void Prepare_OutputTagWithBackticks_UsesLongerFence()
    {
        const string source = "<%= \"a`b\" %>";

        var prepared = Preprocessor.Prepare(source);

        Assert.Equal("``<%= \"a`b\" %>``", prepared);
    }

    [Fact]
    public void Prepare_AlertLine_IsKeptForTheParser()
    {
        const string source = "Para.\n{: .alert .alert-info}\n{:.no_toc}\n";

        var prepared = Preprocessor.Prepare(source);

        Assert.Equal("Para.\n{: .alert .alert-info}\n", prepared);
    }

    [Fact]
    public void Prepare_StrayTemplateOpening_DoesNotSwallowThePage()
    {
        const string source = "Growth <% of pipeline\n\n" + "```\ncode %>\n```\n";

        var prepared = Preprocessor.Prepare(source);

        Assert.Equal(source, prepared);
    }
}
