using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Core.Tests.Skills;

public class AssessmentLevelTextTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("4", 4)]
    [InlineData(" 2 ", 2)]
    public void TryParse_WholeNumberOnScale_ReadsIt(string text, int expected)
    {
        Assert.True(AssessmentLevelText.TryParse(text, out var level, out var error));

        Assert.Equal(expected, level);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_Empty_IsNotAssessedNotZero(string? text)
    {
        Assert.True(AssessmentLevelText.TryParse(text, out var level, out _));

        Assert.Null(level);
    }

    [Theory]
    [InlineData("2,5")]
    [InlineData("2.5")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("x")]
    [InlineData("+2")]
    [InlineData("1e0")]
    [InlineData("25")]
    public void TryParse_NotAWholeNumberFromZeroToFour_IsAnErrorNeverClampedOrJoined(string text)
    {
        Assert.False(AssessmentLevelText.TryParse(text, out var level, out var error));

        Assert.Null(level);
        Assert.NotNull(error);
    }
}
