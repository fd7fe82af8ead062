using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public sealed class LineEndingsTests
{
    [Theory]
    [InlineData("a\r\nb\r\n", "x\ny\n", "a\nb\n")]
    [InlineData("a\r\nb\r\n", "x\r\ny\r\n", "a\r\nb\r\n")]
    [InlineData("a\nb", "x\r\ny", "a\r\nb")]
    [InlineData("\r\nlead", "", "\nlead")]
    public void TypedText_TakesTheOriginalsLineEnds(string typed, string original, string expected) =>
        Assert.Equal(expected, LineEndings.Match(typed, original));
}
