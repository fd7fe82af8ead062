using System.Text;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class FrontMatterParserTests
{
    private const string Block =
        "---\ntitle: Discovery calls\naudience: [manager]\nowner: dana\n---\n# Discovery\n";

    [Fact]
    public void Parse_ByteOrderMarkCharacter_KeepsEveryKey()
    {
        var document = FrontMatterParser.Parse("\uFEFF" + Block);

        AssertBlockRead(document, "# Discovery\n");
    }

    [Fact]
    public void Parse_ByteOrderMarkBytesDecodedFromFile_KeepsEveryKey()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Block)).ToArray();
        var decodedWithoutStripping = new UTF8Encoding(false).GetString(bytes);

        var document = FrontMatterParser.Parse(decodedWithoutStripping);

        AssertBlockRead(document, "# Discovery\n");
    }

    [Fact]
    public void Parse_CrLfLineEndings_KeepsEveryKeyAndTheBodyEndings()
    {
        var document = FrontMatterParser.Parse(Block.ReplaceLineEndings("\r\n"));

        AssertBlockRead(document, "# Discovery\r\n");
    }

    [Fact]
    public void Parse_ByteOrderMarkAndCrLf_KeepsEveryKey()
    {
        var document = FrontMatterParser.Parse("\uFEFF" + Block.ReplaceLineEndings("\r\n"));

        AssertBlockRead(document, "# Discovery\r\n");
    }

    [Fact]
    public void Parse_SameKeyTwiceInDifferentCase_ReportsErrorOnSecondLine()
    {
        const string source = "---\ntitle: First\nsummary: s\nTitle: Second\n---\nBody\n";

        var document = FrontMatterParser.Parse(source);

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(4, error.Line);
        Assert.Contains("duplicate key 'Title'", error.Message, StringComparison.Ordinal);
        Assert.Equal("First", document.Fields.Title);
        Assert.Equal("s", document.Fields.Summary);
    }

    [Fact]
    public void Parse_SameKeyTwiceExactly_ReportsErrorAndKeepsOtherKeys()
    {
        var document = FrontMatterParser.Parse("---\ntags: [a]\nowner: lee\ntags: [b]\n---\n");

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(4, error.Line);
        Assert.Equal(["a"], document.Fields.Tags);
        Assert.Equal("lee", document.Fields.Owner);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsErrorWithFileLine()
    {
        const string source = "---\ntitle: Pricing\nsummary: costs: more\n---\nBody\n";

        var document = FrontMatterParser.Parse(source);

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.True(document.HasErrors);
        Assert.Equal("Body\n", document.Body);
    }

    [Fact]
    public void Parse_InvalidYamlAfterByteOrderMark_CountsLinesFromTheFile()
    {
        const string source = "\uFEFF---\r\ntitle: Pricing\r\n\r\nsummary: costs: more\r\n---\r\n";

        var document = FrontMatterParser.Parse(source);

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Parse_UnclosedFlowList_ReportsErrorWithLine()
    {
        var document = FrontMatterParser.Parse("---\ntitle: Pricing\ntags: [a, b\nowner: x\n---\n");

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.NotNull(error.Line);
        Assert.InRange(error.Line.Value, 3, 5);
    }

    [Fact]
    public void Parse_ImpossibleDate_ReportsErrorWithLine()
    {
        const string source = "---\ntitle: QBRs\nlast_reviewed: 2024-02-30\n---\nBody\n";

        var document = FrontMatterParser.Parse(source);

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(3, error.Line);
        Assert.Contains("2024-02-30", error.Message, StringComparison.Ordinal);
        Assert.Null(document.Fields.LastReviewed);
        Assert.Equal("QBRs", document.Fields.Title);
    }

    [Fact]
    public void Parse_EmptyFile_IsANoticeNotAnError()
    {
        var document = FrontMatterParser.Parse("");

        Assert.False(document.HasFrontMatter);
        Assert.Equal("", document.Body);
        Assert.Equal(1, document.BodyStartLine);
        Assert.Equal(ProblemSeverity.Notice, Assert.Single(document.Problems).Severity);
    }

    [Fact]
    public void Parse_FrontMatterOnlyWithoutTrailingNewline_ReadsKeysWithEmptyBody()
    {
        var document = FrontMatterParser.Parse("---\ntitle: Framework\nlevels: 6\n---");

        Assert.True(document.HasFrontMatter);
        Assert.Equal("Framework", document.Fields.Title);
        Assert.Equal("6", document.RawKeys["levels"]);
        Assert.Equal("", document.Body);
        Assert.Equal(5, document.BodyStartLine);
        Assert.Equal(ProblemSeverity.Notice, Assert.Single(document.Problems).Severity);
    }

    [Theory]
    [InlineData("--- ")]
    [InlineData("---\t")]
    [InlineData("...")]
    [InlineData("...  ")]
    public void Parse_ClosingFenceVariant_IsAccepted(string fence)
    {
        var document = FrontMatterParser.Parse($"---\ntitle: Workshop\n{fence}\nBody\n");

        Assert.True(document.HasFrontMatter);
        Assert.Equal("Workshop", document.Fields.Title);
        Assert.Equal("Body\n", document.Body);
        Assert.Equal(4, document.BodyStartLine);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Parse_OpeningFenceWithTrailingSpace_IsAccepted()
    {
        var document = FrontMatterParser.Parse("---  \ntitle: Workshop\n---\nBody\n");

        Assert.Equal("Workshop", document.Fields.Title);
    }

    [Fact]
    public void Parse_UnclosedFence_ReadsWholeFileAsBodyWithWarning()
    {
        var source = "---\ntitle: Never closed\n\nSome text.\n";

        var document = FrontMatterParser.Parse(source);

        Assert.False(document.HasFrontMatter);
        Assert.Equal(source, document.Body);
        Assert.Equal(1, document.BodyStartLine);
        var warning = Assert.Single(document.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void Parse_NoFrontMatter_BodyIsTheWholeText()
    {
        var document = FrontMatterParser.Parse("# Forecasting\n\n---\n\nText\n");

        Assert.False(document.HasFrontMatter);
        Assert.Equal("# Forecasting\n\n---\n\nText\n", document.Body);
        Assert.Empty(document.Problems);
        Assert.Same(PlaybookFrontMatter.Empty, document.Fields);
    }

    [Fact]
    public void Parse_ThematicBreakOfFourDashes_IsNotAFence()
    {
        var document = FrontMatterParser.Parse("----\ntitle: no\n----\n");

        Assert.False(document.HasFrontMatter);
        Assert.Empty(document.RawKeys);
    }

    [Fact]
    public void Parse_ListInsteadOfMapping_IsAnError()
    {
        var document = FrontMatterParser.Parse("---\n- a\n- b\n---\nBody\n");

        var error = Assert.Single(document.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Parse_EmptyBlock_HasFrontMatterAndDefaults()
    {
        var document = FrontMatterParser.Parse("---\n---\nBody\n");

        Assert.True(document.HasFrontMatter);
        Assert.Empty(document.RawKeys);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Parse_DeeplyNestedValue_IsAnErrorNotACrash()
    {
        var source = "---\nx: " + new string('[', 5000) + new string(']', 5000) + "\n---\n";

        var document = FrontMatterParser.Parse(source);

        Assert.True(document.HasErrors);
    }

    [Fact]
    public void Parse_WithPath_NamesThePathInProblems()
    {
        const string source = "---\nlast_reviewed: 2023-13-01\n---\n";

        var document = FrontMatterParser.Parse(source, "sales/qbrs.md");

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("sales/qbrs.md", error.RelativePath);
        Assert.StartsWith("sales/qbrs.md:2: ", error.ToString(), StringComparison.Ordinal);
    }

    private static void AssertBlockRead(FrontMatterDocument document, string expectedBody)
    {
        Assert.True(document.HasFrontMatter);
        Assert.Equal("Discovery calls", document.Fields.Title);
        Assert.Equal(["manager"], document.Fields.Audience);
        Assert.Equal("dana", document.Fields.Owner);
        Assert.Equal(3, document.RawKeys.Count);
        Assert.Equal(expectedBody, document.Body);
        Assert.Equal(6, document.BodyStartLine);
        Assert.Empty(document.Problems);
    }
}
