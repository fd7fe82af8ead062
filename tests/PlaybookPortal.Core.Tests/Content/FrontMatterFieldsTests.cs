using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class FrontMatterFieldsTests
{
    [Fact]
    public void Parse_CapitalisedDescription_BecomesSummary()
    {
        var fields = Fields("Description: \"How to run a workshop\"");

        Assert.Equal("How to run a workshop", fields.Summary);
    }

    [Fact]
    public void Parse_FoldedDescription_JoinsLinesWithSpaces()
    {
        var fields = Fields("description: >-\n  Prepare the agenda\n  and send it early.\ntitle: T");

        Assert.Equal("Prepare the agenda and send it early.", fields.Summary);
        Assert.Equal("T", fields.Title);
    }

    [Fact]
    public void Parse_SummaryAndDescription_PrefersSummaryWithNotice()
    {
        var document = FrontMatterParser.Parse("---\ndescription: long\nsummary: short\n---\nBody\n");

        Assert.Equal("short", document.Fields.Summary);
        Assert.Equal(ProblemSeverity.Notice, Assert.Single(document.Problems).Severity);
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: ~")]
    [InlineData("title: null")]
    [InlineData("title: \"  \"")]
    public void Parse_NullTitle_IsNull(string line)
    {
        var document = FrontMatterParser.Parse($"---\n{line}\n---\nBody\n");

        Assert.Null(document.Fields.Title);
        Assert.True(document.RawKeys.ContainsKey("title"));
        Assert.Empty(document.Problems);
    }

    [Theory]
    [InlineData("tags: [pricing, renewals]")]
    [InlineData("tags:\n  - pricing\n  - renewals")]
    [InlineData("tags: pricing, renewals")]
    [InlineData("Tags: [pricing, renewals, Pricing]")]
    public void Parse_TagsInAnyAcceptedShape_GivesTheList(string yaml)
    {
        var fields = Fields(yaml);

        Assert.Equal(["pricing", "renewals"], fields.Tags);
    }

    [Fact]
    public void Parse_TagsAsMapping_ReportsErrorWithLine()
    {
        var document = FrontMatterParser.Parse("---\ntitle: T\ntags:\n  a: b\n---\n");

        var error = Assert.Single(document.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(4, error.Line);
        Assert.Empty(document.Fields.Tags);
    }

    [Theory]
    [InlineData("audience:\n  managers: true")]
    [InlineData("audience:\n  - [managers]")]
    public void Parse_AudienceOfWrongShape_KeepsRawTextSoItFailsClosed(string yaml)
    {
        var document = FrontMatterParser.Parse($"---\n{yaml}\n---\n");

        Assert.True(document.HasErrors);
        var kept = Assert.Single(document.Fields.Audience);
        Assert.Contains("managers", kept, StringComparison.Ordinal);
        Assert.NotEqual("managers", kept);
    }

    [Fact]
    public void Parse_TitleAsList_ReportsError()
    {
        var document = FrontMatterParser.Parse("---\ntitle: [a, b]\n---\n");

        Assert.Contains(document.Problems, p => p.Severity == ProblemSeverity.Error && p.Line == 2);
        Assert.Null(document.Fields.Title);
    }

    [Fact]
    public void Parse_EveryKnownKey_IsRead()
    {
        var fields = Fields(
            "id: pb-17\ntitle: Renewals\nsummary: How we renew.\ncategory: Customer Success\n" +
            "audience: [managers, ae]\nowner: kim\nstatus: Archived\nlanguage: de\n" +
            "review_every: 3 months\nlast_reviewed: 2024-02-29\nrequires_ack: yes\n" +
            "skills: [negotiation]\nnoindex: true\nredirect_to: /handbook/renewals/\nlayout: toc");

        Assert.Equal("pb-17", fields.Id);
        Assert.Equal("Customer Success", fields.Category);
        Assert.Equal(["managers", "ae"], fields.Audience);
        Assert.Equal("kim", fields.Owner);
        Assert.Equal(PlaybookStatus.Archived, fields.Status);
        Assert.Equal("de", fields.Language);
        Assert.Equal(90, fields.ReviewEvery?.Days);
        Assert.Equal(new DateOnly(2024, 2, 29), fields.LastReviewed);
        Assert.True(fields.RequiresAck);
        Assert.Equal(["negotiation"], fields.Skills);
        Assert.True(fields.NoIndex);
        Assert.Equal("/handbook/renewals/", fields.RedirectTo);
    }

    [Fact]
    public void Parse_NoKeys_GivesDefaults()
    {
        var fields = Fields("layout: x");

        Assert.Equal(PlaybookStatus.Published, fields.Status);
        Assert.Equal("en", fields.Language);
        Assert.Null(fields.RequiresAck);
        Assert.False(fields.NoIndex);
        Assert.Empty(fields.Audience);
    }

    [Fact]
    public void Parse_UnknownKeys_AreKeptRawAndIgnored()
    {
        const string source = "---\nlayout: handbook\nlevels:\n  - 1\n  - 2\nyaml: true\n---\n";

        var document = FrontMatterParser.Parse(source);

        Assert.Equal("handbook", document.RawKeys["Layout"]);
        Assert.Equal("[1, 2]", document.RawKeys["levels"]);
        Assert.Equal("true", document.RawKeys["yaml"]);
        Assert.DoesNotContain(document.Problems, p => p.Severity != ProblemSeverity.Notice);
    }

    [Fact]
    public void Parse_UnknownStatus_IsTreatedAsDraftWithError()
    {
        var document = FrontMatterParser.Parse("---\nstatus: live\n---\nBody\n");

        Assert.Equal(PlaybookStatus.Draft, document.Fields.Status);
        Assert.Equal(2, Assert.Single(document.Problems, IsError).Line);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("english")]
    public void Parse_UnsupportedLanguage_FallsBackToEnglishWithWarning(string language)
    {
        var document = FrontMatterParser.Parse($"---\nlanguage: {language}\n---\nBody\n");

        Assert.Equal("en", document.Fields.Language);
        Assert.Equal(ProblemSeverity.Warning, Assert.Single(document.Problems).Severity);
    }

    [Theory]
    [InlineData("DE", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("en_GB", "en")]
    public void Parse_LanguageVariant_UsesThePrimaryLanguage(string language, string expected)
    {
        var fields = Fields($"language: {language}");

        Assert.Equal(expected, fields.Language);
    }

    [Fact]
    public void Parse_UnreadableInterval_ReportsErrorWithLine()
    {
        var document = FrontMatterParser.Parse("---\ntitle: T\nreview_every: fortnightly\n---\n");

        Assert.Equal(3, Assert.Single(document.Problems, IsError).Line);
        Assert.Null(document.Fields.ReviewEvery);
    }

    [Fact]
    public void Parse_TimestampForLastReviewed_TakesItsDay()
    {
        var fields = Fields("last_reviewed: 2024-05-06T10:30:00Z");

        Assert.Equal(new DateOnly(2024, 5, 6), fields.LastReviewed);
    }

    [Fact]
    public void Parse_FlagThatIsNotBoolean_ReportsError()
    {
        var document = FrontMatterParser.Parse("---\nnoindex: sometimes\n---\nBody\n");

        Assert.Equal(2, Assert.Single(document.Problems).Line);
        Assert.False(document.Fields.NoIndex);
    }

    private static bool IsError(ContentProblem problem) => problem.Severity == ProblemSeverity.Error;

    private static PlaybookFrontMatter Fields(string yaml)
    {
        var document = FrontMatterParser.Parse($"---\n{yaml}\n---\nBody\n");
        Assert.DoesNotContain(document.Problems, p => p.Severity == ProblemSeverity.Error);
        return document.Fields;
    }
}
