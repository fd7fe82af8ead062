using System.Text;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Markdown.Limits;

namespace PlaybookPortal.Markdown.Tests.Limits;

public class ContentLimitCheckerTests
{
    [Fact]
    public void Check_OrdinaryPage_HasNoViolations()
    {
        const string page = "# Title\n\n- a\n  - b\n    > quote\n\n<details><div>x</div></details>\n";

        var violations = ContentLimitChecker.Check(page);

        Assert.Empty(violations);
    }

    [Fact]
    public void Check_OverTwoMegabytes_ReportsSizeWithNumbers()
    {
        var page = string.Concat(Enumerable.Repeat(new string('a', 1000) + "\n", 2100));

        var violation = Assert.Single(ContentLimitChecker.Check(page));

        Assert.Equal(LimitKind.PlaybookSize, violation.Kind);
        Assert.Equal(2_102_100, violation.Actual);
        Assert.Equal(ContentLimits.MaxBytes, violation.Limit);
        Assert.Equal("Size 2,102,100 bytes exceeds the limit of 2,097,152 bytes (2 MB).", violation.Message);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Check_TwoMegabytesOfMultiByteText_TripsOnlyAboveTheLimit(int extraBytes, bool trips)
    {
        // 1,048 lines of 1,000 two-byte characters and a line break, topped up to 2 MB.
        var page = string.Concat(Enumerable.Repeat(new string('ü', 1000) + "\n", 1048))
            + new string('a', 104 + extraBytes);

        var violations = ContentLimitChecker.Check(page);

        Assert.Equal(ContentLimits.MaxBytes + extraBytes, Encoding.UTF8.GetByteCount(page));
        Assert.Equal(trips, violations.Any(v => v.Kind == LimitKind.PlaybookSize));
    }

    [Fact]
    public void Check_LineOverTwoHundredKilobytes_ReportsLineNumberAndLimit()
    {
        var page = "first\nsecond\n" + new string('ä', 102_401) + "\nlast";

        var violation = Assert.Single(ContentLimitChecker.Check(page));

        Assert.Equal(LimitKind.LineLength, violation.Kind);
        Assert.Equal(204_802, violation.Actual);
        Assert.Equal(
            "Line 3 has 204,802 bytes without a line break, which exceeds the limit of 204,800 bytes "
            + "(200 KB).",
            violation.Message);
    }

    [Fact]
    public void Check_LineOfExactlyTwoHundredKilobytes_Passes()
    {
        var line = new string('x', ContentLimits.MaxLineBytes);
        var page = line + "\r\n" + line;

        var violations = ContentLimitChecker.Check(page);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(33, true)]
    [InlineData(32, false)]
    public void Check_NestedQuotes_TripsAboveThirtyTwo(int depth, bool trips)
    {
        var page = string.Concat(Enumerable.Repeat("> ", depth)) + "text";

        var violations = ContentLimitChecker.Check(page);

        Assert.Equal(trips, violations.Any(v => v.Kind == LimitKind.NestingDepth));
    }

    [Fact]
    public void Check_FortyNestedLists_ReportsDepthForty()
    {
        var page = string.Join('\n', Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- item"));

        var violation = Assert.Single(ContentLimitChecker.Check(page));

        Assert.Equal(LimitKind.NestingDepth, violation.Kind);
        Assert.Equal("Nesting depth 40 exceeds the limit of 32.", violation.Message);
    }

    [Fact]
    public void Check_ThirtyTwoNestedOrderedLists_Passes()
    {
        var page = string.Join('\n', Enumerable.Range(0, 32).Select(i => new string(' ', i * 3) + "1. item"));

        var violations = ContentLimitChecker.Check(page);

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("<div>", 33, true)]
    [InlineData("<div>", 32, false)]
    [InlineData("<p>", 200, false)]
    [InlineData("<li>", 200, false)]
    [InlineData("<Presenter>", 200, false)]
    [InlineData("<br>", 200, false)]
    public void Check_OpenHtmlElements_CountOnlyThoseThatNest(string tag, int count, bool trips)
    {
        var page = string.Concat(Enumerable.Repeat(tag, count)) + "text";

        var violations = ContentLimitChecker.Check(page);

        Assert.Equal(trips, violations.Any(v => v.Kind == LimitKind.NestingDepth));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("1.\n")]
    [InlineData("- \n  -\n    1)")]
    [InlineData(">\n> -\n>")]
    [InlineData("```")]
    [InlineData("<")]
    [InlineData("</")]
    [InlineData("`")]
    public void Check_EmptyItemsAndStrayMarkers_DoNotThrow(string page)
    {
        var violations = ContentLimitChecker.Check(page);

        Assert.Empty(violations);
    }

    [Fact]
    public void Check_DeepNestingInsideFencedCode_IsIgnored()
    {
        var quotes = string.Concat(Enumerable.Repeat("> ", 50));
        var divs = string.Concat(Enumerable.Repeat("<div>", 50));
        var page = "```\n" + quotes + "\n" + divs + "\n```\n";

        var violations = ContentLimitChecker.Check(page);

        Assert.Empty(violations);
    }

    [Fact]
    public void Check_EverythingAtOnce_ReportsAllThreeInOrder()
    {
        var page = string.Concat(Enumerable.Repeat("> ", 40)) + new string('a', 2_200_000);

        var violations = ContentLimitChecker.Check(page);

        Assert.Equal(
            [LimitKind.PlaybookSize, LimitKind.LineLength, LimitKind.NestingDepth],
            violations.Select(v => v.Kind));
    }
}
