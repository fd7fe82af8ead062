using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class ContentProblemTests
{
    [Theory]
    [InlineData("a/b.md", 7, "a/b.md:7: broken")]
    [InlineData("a/b.md", null, "a/b.md: broken")]
    [InlineData(null, 7, "line 7: broken")]
    [InlineData(null, null, "broken")]
    public void ToString_KnownParts_FormatsPathLineMessage(string? path, int? line, string expected)
    {
        var problem = new ContentProblem(path, line, ProblemSeverity.Error, "broken");

        var text = problem.ToString();

        Assert.Equal(expected, text);
    }
}
