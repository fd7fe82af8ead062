using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Exporting;

namespace PlaybookPortal.Core.Tests.Exporting;

/// <summary>Export adds exactly one <c>id:</c> line and nothing else, whatever the file looks like.</summary>
public sealed class ExportTextTests
{
    [Fact]
    public void FrontMatter_GetsTheIdAsItsFirstLine()
    {
        var exported = ExportText.WithId("---\ntitle: Discovery\n---\nBody\n", "abc123");

        Assert.Equal("---\nid: abc123\ntitle: Discovery\n---\nBody\n", exported);
    }

    [Fact]
    public void NoFrontMatter_GetsABlockHoldingOnlyTheId()
    {
        var exported = ExportText.WithId("# Title\n\nBody\n", "abc123");

        Assert.Equal("---\nid: abc123\n---\n# Title\n\nBody\n", exported);
        Assert.Equal("Title", MarkdownTitle(exported));
    }

    [Fact]
    public void ByteOrderMarkAndCrlf_AreKept()
    {
        var exported = ExportText.WithId("\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n", "x1");

        Assert.Equal("\uFEFF---\r\nid: x1\r\ntitle: T\r\n---\r\nBody\r\n", exported);
    }

    [Fact]
    public void AnExistingId_LeavesTheTextUnchanged()
    {
        const string source = "---\nID: given\ntitle: T\n---\nBody\n";

        Assert.Same(source, ExportText.WithId(source, "other"));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("yes")]
    [InlineData("a b")]
    [InlineData("it's")]
    [InlineData("-dash")]
    public void IdsYamlWouldReadAsSomethingElse_AreQuoted_AndReadBackTheSame(string id)
    {
        var exported = ExportText.WithId("---\ntitle: T\n---\nBody\n", id);

        Assert.Equal(id, FrontMatterParser.Parse(exported).Fields.Id);
    }

    [Fact]
    public void TheExportReadsBackWithTheSameFieldsAndBody()
    {
        const string source = "---\ntitle: T\ntags: [a, b]\n# a comment\n---\nBody\n";

        var before = FrontMatterParser.Parse(source);
        var after = FrontMatterParser.Parse(ExportText.WithId(source, "k9"));

        Assert.Equal(before.Body, after.Body);
        Assert.Equal("k9", after.Fields.Id);
        Assert.Equal(before.Fields.Title, after.Fields.Title);
        Assert.Equal(before.Fields.Tags, after.Fields.Tags);
        Assert.Empty(after.Problems);
    }

    private static string? MarkdownTitle(string text) =>
        FrontMatterParser.Parse(text).Body.Split('\n')[0].TrimStart('#', ' ');
}
