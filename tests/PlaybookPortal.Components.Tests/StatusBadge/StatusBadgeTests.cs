using Bunit;

namespace PlaybookPortal.Components.Tests;

public class StatusBadgeTests : BunitContext
{
    [Theory]
    [InlineData("Draft", "status-badge--draft")]
    [InlineData("Archived", "status-badge--archived")]
    public void StatusBadge_NotPublished_RendersLabelledBadge(string status, string modifier)
    {
        var cut = Render<StatusBadge>(p => p.Add(c => c.Status, status));

        cut.MarkupMatches(
            $"""
            <span class="status-badge {modifier}">
              <span class="visually-hidden">Status: </span>{status}
            </span>
            """);
    }

    [Theory]
    [InlineData("Published")]
    [InlineData("published")]
    [InlineData("")]
    [InlineData("  ")]
    public void StatusBadge_PublishedOrBlank_RendersNothing(string status)
    {
        var cut = Render<StatusBadge>(p => p.Add(c => c.Status, status));

        cut.MarkupMatches(string.Empty);
    }

    [Fact]
    public void StatusBadge_UnknownStatus_ShowsItEncodedInNeutralBadge()
    {
        const string status = "<img src=x onerror=alert(1)>";

        var cut = Render<StatusBadge>(p => p.Add(c => c.Status, status));

        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("status-badge--other", cut.Find(".status-badge").ClassList);
        Assert.Equal("Status: " + status, cut.Find(".status-badge").TextContent);
    }
}
