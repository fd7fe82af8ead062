using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class ReviewIntervalTests
{
    [Theory]
    [InlineData("90", 90)]
    [InlineData("90d", 90)]
    [InlineData("6w", 42)]
    [InlineData("3 months", 90)]
    [InlineData("1 month", 30)]
    [InlineData("1y", 365)]
    [InlineData("2 Years", 730)]
    [InlineData(" 14 days ", 14)]
    public void TryParse_AcceptedForm_GivesDays(string text, int days)
    {
        var parsed = ReviewInterval.TryParse(text, out var interval);

        Assert.True(parsed);
        Assert.Equal(days, interval?.Days);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0d")]
    [InlineData("-5")]
    [InlineData("quarterly")]
    [InlineData("3 fortnights")]
    [InlineData("101y")]
    [InlineData("99999999999")]
    public void TryParse_UnreadableOrOutOfRange_Fails(string? text)
    {
        var parsed = ReviewInterval.TryParse(text, out var interval);

        Assert.False(parsed);
        Assert.Null(interval);
    }

    [Fact]
    public void DueAfter_LastReviewed_AddsTheDays()
    {
        var interval = ReviewInterval.FromDays(30);

        var due = interval.DueAfter(new DateOnly(2024, 1, 31));

        Assert.Equal(new DateOnly(2024, 3, 1), due);
        Assert.Equal("30d", interval.ToString());
    }
}
