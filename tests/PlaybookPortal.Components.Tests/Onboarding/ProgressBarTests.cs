using Bunit;

namespace PlaybookPortal.Components.Tests;

public class ProgressBarTests : BunitContext
{
    [Fact]
    public void ProgressBar_WithExpected_IsAnAccessibleProgressbarWithVisibleText()
    {
        var cut = Render<ProgressBar>(p => p
            .Add(c => c.RequiredDone, 7)
            .Add(c => c.RequiredCount, 12)
            .Add(c => c.Percent, 58)
            .Add(c => c.ExpectedPercent, 75)
            .Add(c => c.Label, "Progress on Sales basics"));

        var bar = cut.Find("[role=progressbar]");
        Assert.Equal("58", bar.GetAttribute("aria-valuenow"));
        Assert.Equal("0", bar.GetAttribute("aria-valuemin"));
        Assert.Equal("100", bar.GetAttribute("aria-valuemax"));
        Assert.Equal("Progress on Sales basics", bar.GetAttribute("aria-label"));
        Assert.Equal("7 of 12 required steps · 58%", cut.Find(".progress-text span").TextContent);
        Assert.Equal("75", cut.Find("progress.progress-expected").GetAttribute("value"));
        Assert.Contains("Expected by today: 75%", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressBar_WithoutExpected_HasNoMarker()
    {
        var cut = Render<ProgressBar>(p => p
            .Add(c => c.RequiredDone, 1)
            .Add(c => c.RequiredCount, 1)
            .Add(c => c.Percent, 100));

        Assert.Empty(cut.FindAll(".progress-expected"));
        Assert.Equal("1 of 1 required step · 100%", cut.Find(".progress-text span").TextContent);
    }
}
