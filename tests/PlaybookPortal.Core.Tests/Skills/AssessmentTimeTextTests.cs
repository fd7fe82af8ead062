using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Core.Tests.Skills;

public class AssessmentTimeTextTests
{
    [Fact]
    public void TryParse_IsoUtc_ReadsUtc()
    {
        Assert.True(AssessmentTimeText.TryParse("2026-03-01T09:30:00Z", out var utc, out _));

        Assert.Equal(new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void TryParse_WhatExportWrites_RoundTripsToTheTick()
    {
        var original = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc).AddTicks(1234567);
        var written = CsvCell.FromInstant(original).Value;

        Assert.True(AssessmentTimeText.TryParse(written, out var utc, out _));

        Assert.Equal(original.Ticks, utc.Ticks);
    }

    [Fact]
    public void TryParse_Offset_ConvertsToUtc()
    {
        Assert.True(AssessmentTimeText.TryParse("2026-03-01T10:30:00+01:00", out var utc, out _));

        Assert.Equal(new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc), utc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-03-01T09:30:00")]
    [InlineData("2026-03-01")]
    [InlineData("01/03/2026 09:30")]
    [InlineData("2026-02-30T09:30:00Z")]
    [InlineData("yesterday")]
    public void TryParse_MissingZoneOrNotIso_IsAnError(string text)
    {
        Assert.False(AssessmentTimeText.TryParse(text, out _, out var error));

        Assert.Contains("assessed_at_utc", error, StringComparison.Ordinal);
    }
}
