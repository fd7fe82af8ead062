using Bunit;

namespace PlaybookPortal.Components.Tests;

public class ReviewBadgeTests : BunitContext
{
    [Fact]
    public void ReviewBadge_DueWithDateAndInterval_ShowsTextAndExplainsInTitle()
    {
        var cut = Render<ReviewBadge>(p => p
            .Add(c => c.DueForReview, true)
            .Add(c => c.LastReviewed, new DateOnly(2025, 6, 1))
            .Add(c => c.ReviewEveryDays, 90));

        cut.MarkupMatches(
            """
            <span class="review-badge"
                  title="Last reviewed 2025-06-01; review every 90 days">Due for review</span>
            """);
    }

    [Fact]
    public void ReviewBadge_NeverReviewed_SaysSoInTitle()
    {
        var cut = Render<ReviewBadge>(p => p
            .Add(c => c.DueForReview, true)
            .Add(c => c.ReviewEveryDays, 90));

        var title = cut.Find("span").GetAttribute("title");
        Assert.Equal("Never reviewed; review every 90 days", title);
    }

    [Fact]
    public void ReviewBadge_NoInterval_TitleHasOnlyTheDate()
    {
        var cut = Render<ReviewBadge>(p => p
            .Add(c => c.DueForReview, true)
            .Add(c => c.LastReviewed, new DateOnly(2025, 12, 24)));

        Assert.Equal("Last reviewed 2025-12-24", cut.Find("span").GetAttribute("title"));
    }

    [Fact]
    public void ReviewBadge_IntervalOfOneDay_UsesSingular()
    {
        var cut = Render<ReviewBadge>(p => p
            .Add(c => c.DueForReview, true)
            .Add(c => c.ReviewEveryDays, 1));

        Assert.Equal("Never reviewed; review every day", cut.Find("span").GetAttribute("title"));
    }

    [Fact]
    public void ReviewBadge_NotDue_RendersNothing()
    {
        var cut = Render<ReviewBadge>(p => p
            .Add(c => c.DueForReview, false)
            .Add(c => c.LastReviewed, new DateOnly(2025, 6, 1))
            .Add(c => c.ReviewEveryDays, 90));

        cut.MarkupMatches(string.Empty);
    }
}
