using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

/// <summary>Whatever the form holds, the written text must read back as exactly that.</summary>
public class FrontMatterEditorReadBackTests
{
    public static TheoryData<string> TrickyText => new()
    {
        "a: b", "#hash", "yes", "No", "true", "null", "~", "  spaced ", "ümläut", "line1\nline2",
        "line1\r\nline2", "- dash", "[bracket]", "{brace}", "'single'", "\"double\"", "back\\slash",
        "trailing:", "a #b", "123", "0x1F", "1e3", ".inf", "@at", "`tick", "%pct", "!tag", "&anchor",
        "*alias", "|pipe", ">fold", "?q", "tab\there", "bell\u0007", "zero\u200Bwidth", "---", "...",
    };

    // A list item with a comma cannot round-trip: the reader splits items at commas.
    private const string Sources = "---\nid: keep\ntitle: Old\nsummary: 'Old'\n---\nB\n";

    [Theory]
    [MemberData(nameof(TrickyText))]
    public void Apply_TrickyTextInEveryTextField_ReadsBackAsTheTrimmedValue(string value)
    {
        var given = new PlaybookFormFields
        {
            Title = value,
            Summary = value,
            Category = value,
            Owner = value,
            RedirectTo = value,
            Language = value,
        };

        var text = Apply(Sources, given);

        var read = FrontMatterParser.Parse(text);
        Assert.DoesNotContain(read.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(value.Trim(), read.Fields.Title);
        Assert.Equal(value.Trim(), read.Fields.Summary);
        Assert.Equal(value.Trim(), read.Fields.Category);
        Assert.Equal(value.Trim(), read.Fields.Owner);
        Assert.Equal(value.Trim(), read.Fields.RedirectTo);
        Assert.Equal(value.Trim(), read.RawKeys["language"]?.Trim());
        Assert.Equal("keep", read.Fields.Id);
    }

    [Theory]
    [MemberData(nameof(TrickyText))]
    public void Apply_TrickyTextAsListItem_ReadsBackAsThatItem(string value)
    {
        var text = Apply(Sources, new PlaybookFormFields { Tags = ["plain", value] });

        Assert.Equal(["plain", value.Trim()], FrontMatterParser.Parse(text).Fields.Tags);
    }

    [Fact]
    public void Apply_EveryFieldSet_ReadsBackIntoExactlyTheFieldsGiven()
    {
        var given = new PlaybookFormFields
        {
            Title = "Pricing: the basics",
            Summary = "line1\nline2",
            Category = "#sales",
            Tags = ["yes", "a: b"],
            Audience = ["manager"],
            Owner = "ümläut",
            Status = PlaybookStatus.Archived,
            Language = "de",
            ReviewEvery = "6 months",
            LastReviewed = new DateOnly(2025, 12, 31),
            RequiresAck = true,
            Skills = ["negotiation"],
            NoIndex = true,
            RedirectTo = "/playbooks/pricing",
        };

        foreach (var source in new[] { Sources, "Body only\n", "---\r\ntitle: x\r\n---\r\n" })
        {
            var text = Apply(source, given);

            var (read, _) = PlaybookFormFields.FromSource(text);
            AssertSameFields(given, read);
        }
    }

    [Fact]
    public void Apply_EveryFieldCleared_LeavesOnlyTheKeysTheFormDoesNotShow()
    {
        const string source = "---\nid: 9\ntitle: T\nsummary: S\ntags: [a]\naudience: [b]\nowner: o\n" +
            "language: de\nreview_every: 9d\nlast_reviewed: 2026-01-01\nrequires_ack: true\n" +
            "skills: [s]\nnoindex: true\nredirect_to: /x\ncategory: C\nx: y\n---\nB\n";

        var text = Apply(source, new PlaybookFormFields());

        Assert.Equal("---\nid: 9\nx: y\n---\nB\n", text);
    }

    private static string Apply(string source, PlaybookFormFields fields)
    {
        var result = FrontMatterEditor.Apply(source, fields, "B\n");
        Assert.Null(result.Problem);
        return result.Text!;
    }

    private static void AssertSameFields(PlaybookFormFields expected, PlaybookFormFields actual)
    {
        Assert.Equal(expected with { Tags = [], Audience = [], Skills = [] },
            actual with { Tags = [], Audience = [], Skills = [] });
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Audience, actual.Audience);
        Assert.Equal(expected.Skills, actual.Skills);
    }
}
