using PlaybookPortal.Markdown.Links;

namespace PlaybookPortal.Markdown.Tests.Links;

public class LinkTargetClassifierTests
{
    [Theory]
    [InlineData("#schritt-1", nameof(LinkTargetKind.Fragment))]
    [InlineData("https://example.com", nameof(LinkTargetKind.External))]
    [InlineData("HTTP://example.com", nameof(LinkTargetKind.External))]
    [InlineData("mailto:sales@example.com", nameof(LinkTargetKind.External))]
    [InlineData("//cdn.example.com/x", nameof(LinkTargetKind.External))]
    [InlineData("../x.md#a", nameof(LinkTargetKind.Internal))]
    [InlineData("sales/qbrs/", nameof(LinkTargetKind.Internal))]
    [InlineData("x.html", nameof(LinkTargetKind.Internal))]
    [InlineData("/handbook/sales/", nameof(LinkTargetKind.Internal))]
    [InlineData("javascript:alert(1)", nameof(LinkTargetKind.Unsafe))]
    [InlineData(" JaVaScRiPt:alert(1)", nameof(LinkTargetKind.Unsafe))]
    [InlineData("java\tscript:alert(1)", nameof(LinkTargetKind.Unsafe))]
    [InlineData("java\nscript:alert(1)", nameof(LinkTargetKind.Unsafe))]
    [InlineData("vbscript:msgbox(1)", nameof(LinkTargetKind.Unsafe))]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", nameof(LinkTargetKind.Unsafe))]
    [InlineData("", nameof(LinkTargetKind.Missing))]
    [InlineData(null, nameof(LinkTargetKind.Missing))]
    public void Classify_Target_ReturnsKind(string? href, string expected)
    {
        var kind = LinkTargetClassifier.Classify(href);

        Assert.Equal(expected, kind.ToString());
    }
}
