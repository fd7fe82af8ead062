using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class PlaybookFormFieldsTests
{
    [Fact]
    public void FromSource_FullFrontMatter_ReadsEveryFieldAndTheBody()
    {
        const string source = "---\ntitle: T\ndescription: D\ncategory: C\ntags: a, b\naudience: [m]\n" +
            "owner: o\nstatus: archived\nlanguage: de-AT\nreview_every: 3 months\n" +
            "last_reviewed: 2026-02-03\nrequires_ack: no\nskills: [s]\nnoindex: yes\nredirect_to: /r\n" +
            "---\r\nThe body\n";

        var (fields, body) = PlaybookFormFields.FromSource(source);

        Assert.Equal("T", fields.Title);
        Assert.Equal("D", fields.Summary);
        Assert.Equal("C", fields.Category);
        Assert.Equal(["a", "b"], fields.Tags);
        Assert.Equal(["m"], fields.Audience);
        Assert.Equal("o", fields.Owner);
        Assert.Equal(PlaybookStatus.Archived, fields.Status);
        Assert.Equal("de-AT", fields.Language);
        Assert.Equal("3 months", fields.ReviewEvery);
        Assert.Equal(new DateOnly(2026, 2, 3), fields.LastReviewed);
        Assert.False(fields.RequiresAck);
        Assert.Equal(["s"], fields.Skills);
        Assert.True(fields.NoIndex);
        Assert.Equal("/r", fields.RedirectTo);
        Assert.Equal("The body\n", body);
    }

    [Fact]
    public void FromSource_NoFrontMatter_KeepsAbsentDistinctFromSet()
    {
        var (fields, body) = PlaybookFormFields.FromSource("\uFEFFJust text");

        Assert.Null(fields.RequiresAck);
        Assert.Null(fields.Language);
        Assert.Null(fields.ReviewEvery);
        Assert.Null(fields.LastReviewed);
        Assert.Empty(fields.Tags);
        Assert.Equal(PlaybookStatus.Published, fields.Status);
        Assert.Equal("Just text", body);
    }
}
