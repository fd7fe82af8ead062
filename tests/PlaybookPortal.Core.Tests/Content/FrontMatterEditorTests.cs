using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class FrontMatterEditorTests
{
    private const string Source =
        "---\n" +
        "id: pb-17 # never edited\n" +
        "title: Discovery calls # shown in lists\n" +
        "x-unknown: keep me\n" +
        "tags:\n" +
        "  - calls\n" +
        "  # an indented note inside the list\n" +
        "  - discovery\n" +
        "# about the owner\n" +
        "owner: dana\n" +
        "summary: >\n" +
        "  Ask before\n" +
        "  you pitch.\n" +
        "---\n" +
        "# Body\n";

    private static string Edit(string source, Func<PlaybookFormFields, PlaybookFormFields> change)
    {
        var (fields, body) = PlaybookFormFields.FromSource(source);
        var result = FrontMatterEditor.Apply(source, change(fields), body);
        Assert.Null(result.Problem);
        return result.Text!;
    }

    [Fact]
    public void Apply_TitleChanged_RewritesItsLineInPlaceKeepingItsComment()
    {
        var text = Edit(Source, f => f with { Title = "Discovery: the first call" });

        Assert.Equal(Source.Replace(
            "title: Discovery calls # shown in lists",
            "title: \"Discovery: the first call\" # shown in lists", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Apply_BlockListChanged_ReplacesTheWholeListAndKeepsTheNextKeysComment()
    {
        var text = Edit(Source, f => f with { Tags = ["calls", "qualification"] });

        Assert.Contains("x-unknown: keep me\ntags: [calls, qualification]\n# about the owner\nowner: dana\n",
            text, StringComparison.Ordinal);
        Assert.DoesNotContain("indented note", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_FoldedSummaryChanged_ReplacesEveryLineOfTheValue()
    {
        var text = Edit(Source, f => f with { Summary = "Listen." });

        Assert.EndsWith("owner: dana\nsummary: Listen.\n---\n# Body\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OwnerCleared_RemovesItsLineButNotTheCommentAbove()
    {
        var text = Edit(Source, f => f with { Owner = null });

        Assert.Contains("# about the owner\nsummary: >\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dana", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NewKeys_AreAppendedInSnakeCaseAtTheEndOfTheBlock()
    {
        var text = Edit(Source, f => f with
        {
            ReviewEvery = "90d",
            LastReviewed = new DateOnly(2026, 3, 1),
            RequiresAck = false,
            NoIndex = true,
            RedirectTo = "/playbooks/new",
            Status = PlaybookStatus.Draft,
        });

        Assert.EndsWith(
            "  you pitch.\n" +
            "status: draft\nreview_every: 90d\nlast_reviewed: 2026-03-01\nrequires_ack: false\n" +
            "noindex: true\nredirect_to: /playbooks/new\n---\n# Body\n",
            text, StringComparison.Ordinal);
        Assert.StartsWith("---\nid: pb-17 # never edited\ntitle: Discovery calls", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DescriptionAliasChanged_RewritesDescription()
    {
        const string source = "---\nDescription: \"Old\"\ntitle: T\n---\nB\n";

        var text = Edit(source, f => f with { Summary = "New" });

        Assert.Equal("---\nDescription: New\ntitle: T\n---\nB\n", text);
    }

    [Fact]
    public void Apply_SummaryClearedWithBothSummaryAndDescription_RemovesBoth()
    {
        const string source = "---\ndescription: long\nsummary: short\ntitle: T\n---\nB\n";

        var text = Edit(source, f => f with { Summary = null });

        Assert.Equal("---\ntitle: T\n---\nB\n", text);
    }

    [Fact]
    public void Apply_KeyInOtherCase_IsRewrittenUnderItsOwnSpelling()
    {
        var text = Edit("---\nTITLE: Old\n---\nB\n", f => f with { Title = "New" });

        Assert.Equal("---\nTITLE: New\n---\nB\n", text);
    }

    [Fact]
    public void Apply_DuplicateOfChangedKey_IsRemovedSoTheNewValueIsRead()
    {
        var text = Edit("---\ntitle: First\nowner: o\nTitle: Second\n---\nB\n", f => f with { Title = null });

        Assert.Equal("---\nowner: o\n---\nB\n", text);
        Assert.Null(FrontMatterParser.Parse(text).Fields.Title);
    }

    [Fact]
    public void Apply_EmojiAndTabsBeforeAChangedKey_StillFindsItsExactRange()
    {
        const string source = "---\nsummary: \"😀 🚀\"\t# rocket\nowner: o # who\ncategory: c\n---\nB\n";

        var text = Edit(source, f => f with { Owner = "p" });

        Assert.Equal("---\nsummary: \"😀 🚀\"\t# rocket\nowner: p # who\ncategory: c\n---\nB\n", text);
    }

    [Fact]
    public void Apply_IndentedKeys_RewritesAndAppendsAtTheSameIndent()
    {
        const string source = "---\n  title: Old\n  owner: o\n---\nB\n";

        var text = Edit(source, f => f with { Title = "New", Category = "C" });

        Assert.Equal("---\n  title: New\n  owner: o\n  category: C\n---\nB\n", text);
    }

    [Fact]
    public void Apply_FlagsChanged_AreWrittenAsTrueAndFalse()
    {
        const string source = "---\nrequires_ack: yes\nnoindex: on\n---\nB\n";

        Assert.Equal("---\nrequires_ack: false\nnoindex: on\n---\nB\n",
            Edit(source, f => f with { RequiresAck = false }));
        Assert.Equal("---\nnoindex: on\n---\nB\n", Edit(source, f => f with { RequiresAck = null }));
        Assert.Equal("---\nrequires_ack: yes\n---\nB\n", Edit(source, f => f with { NoIndex = false }));
    }

    [Fact]
    public void Apply_EachListField_IsWrittenAsAFlowListWithItemsQuotedWhenNeeded()
    {
        var text = Edit("---\ntitle: T\n---\nB\n", f => f with
        {
            Tags = ["a", "[b]", "c#d"],
            Audience = ["manager", "position:emea-ae"],
            Skills = ["yes", "negotiation"],
        });

        Assert.Contains("tags: [a, \"[b]\", c#d]\n", text, StringComparison.Ordinal);
        Assert.Contains("audience: [manager, position:emea-ae]\n", text, StringComparison.Ordinal);
        Assert.Contains("skills: [\"yes\", negotiation]\n", text, StringComparison.Ordinal);
        var read = FrontMatterParser.Parse(text).Fields;
        Assert.Equal(["a", "[b]", "c#d"], read.Tags);
        Assert.Equal(["manager", "position:emea-ae"], read.Audience);
        Assert.Equal(["yes", "negotiation"], read.Skills);
    }

    [Fact]
    public void Apply_StatusAndLanguageChanged_RewriteTheirKeys()
    {
        const string source = "---\nstatus: Draft\nlanguage: de-AT\ncategory: Sales\n---\nB\n";

        var text = Edit(source, f => f with { Status = PlaybookStatus.Published, Language = null, Category = "Ops" });

        Assert.Equal("---\nstatus: published\ncategory: Ops\n---\nB\n", text);
    }

    [Fact]
    public void Apply_NoFrontMatterAndFieldsSet_CreatesABlockAtTheTopInTheFilesLineEndings()
    {
        const string source = "\uFEFF# Hello\r\nWorld\r\n";
        var (fields, body) = PlaybookFormFields.FromSource(source);

        var result = FrontMatterEditor.Apply(source, fields with { Title = "Hello", Tags = ["x"] }, body);

        Assert.Equal("\uFEFF---\r\ntitle: Hello\r\ntags: [x]\r\n---\r\n# Hello\r\nWorld\r\n", result.Text);
    }

    [Fact]
    public void Apply_NoFrontMatterAndNothingSet_ReturnsTheBodyUnchanged()
    {
        var result = FrontMatterEditor.Apply("old\n", new PlaybookFormFields(), "new body");

        Assert.Equal("new body", result.Text);
    }

    [Fact]
    public void Apply_CrLfSource_WritesNewAndChangedLinesWithCrLf()
    {
        const string source = "---\r\ntitle: Old\r\n---\r\nB\r\n";

        var text = Edit(source, f => f with { Title = "New", Owner = "kim" });

        Assert.Equal("---\r\ntitle: New\r\nowner: kim\r\n---\r\nB\r\n", text);
    }

    [Fact]
    public void Apply_ReviewEveryThatIsNoInterval_GivesAProblem()
    {
        var (fields, body) = PlaybookFormFields.FromSource(Source);

        var result = FrontMatterEditor.Apply(Source, fields with { ReviewEvery = "sometimes" }, body);

        Assert.Null(result.Text);
        Assert.Contains("sometimes", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UnreadableReviewEveryLeftAlone_IsKeptVerbatim()
    {
        const string source = "---\nreview_every: sometimes\ntitle: T\n---\nB\n";

        var text = Edit(source, f => f with { Title = "U" });

        Assert.Equal("---\nreview_every: sometimes\ntitle: U\n---\nB\n", text);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---\nB\n")]
    [InlineData("---\ntitle: \"open\n---\nB\n")]
    [InlineData("---\ntitle: a\n  bad: indent\n---\nB\n")]
    [InlineData("---\n- a list\n- not keys\n---\nB\n")]
    [InlineData("---\n{title: flow}\n---\nB\n")]
    [InlineData("---\njust text\n---\nB\n")]
    public void Apply_FrontMatterThatCannotBeEdited_GivesAProblemNotAnException(string source)
    {
        var result = FrontMatterEditor.Apply(source, new PlaybookFormFields { Title = "T" }, "B\n");

        Assert.Null(result.Text);
        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
    }
}
