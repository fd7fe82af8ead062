using PlaybookPortal.Core.Content;
using PlaybookPortal.Search.Querying;
using static PlaybookPortal.Search.Tests.TestIndex;

namespace PlaybookPortal.Search.Tests;

public class SearchRefinementTests
{
    private static TestIndex Forecasts() => new TestIndex().Add(
        Playbook("kpis/accuracy", "Forecast accuracy", "Forecast against actuals.", category: "kpis", tags: ["kpis"]),
        Playbook("pipeline/call", "Forecast call", "The weekly forecast call.", category: "pipeline", tags: ["meetings"]),
        Playbook("team/roles", "Roles", "Who owns the forecast.", category: "team"));

    [Fact]
    public void Search_NegatedCategoryOrTag_LeavesThoseOut()
    {
        using var index = Forecasts();

        Assert.Equal(["pipeline/call", "team/roles"], index.Slugs("-category:kpis forecast ").Order());
        Assert.DoesNotContain("kpis/accuracy", index.Slugs("forecast -tag:kpis "));
        Assert.Equal(2, index.Search("-category:kpis").Total);
    }

    [Fact]
    public void Search_FiltersAlone_ListWhatTheyKeepByTitle()
    {
        using var index = Forecasts();

        Assert.Equal(["kpis/accuracy"], index.Slugs("category:kpis"));
        Assert.Equal(["pipeline/call"], index.Index.Search(new SearchRequest("", Rep, Tag: "meetings")).Hits.Select(h => h.Slug));
        Assert.Equal(["kpis/accuracy", "pipeline/call"], index.Slugs("category:kpis category:pipeline"));
    }

    [Fact]
    public void Search_UnknownLanguage_IsNoFilter()
    {
        using var index = Forecasts();

        var results = index.Index.Search(new SearchRequest("forecast", Rep, Language: "fr"));

        Assert.Equal(3, results.Total);
    }

    [Fact]
    public void Search_SingleLetterWithStar_IsAPrefix()
    {
        using var index = Forecasts();

        Assert.Equal(3, index.Search("f*").Total);
    }

    [Fact]
    public void Snippet_HalfTypedWord_MarksTheWordsItCompletes()
    {
        using var index = new TestIndex().Add(
            Playbook("de/aussendienst", "Vertrieb", "Der Außendienst besucht Kunden.", language: "de"),
            Playbook("kpis/forecast", "Accuracy", "Forecasting and the forecast call."));

        Assert.Contains("<mark>Forecasting</mark>", Assert.Single(index.Search("forec").Hits).SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>Au&#223;endienst</mark>", Assert.Single(index.Search("Außend*").Hits).SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_Emoji_StaysOneCharacter()
    {
        using var index = new TestIndex().Add(Playbook("a/rocket", "Launch", "Rocket 🚀 launch day."));

        var hit = Assert.Single(index.Search("rocket").Hits);

        Assert.Contains("&#128640;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("&#55357;", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_LongUnbrokenRuns_AreCut()
    {
        var run = new string('x', 5_000);
        using var index = new TestIndex().Add(Playbook("a/runs", "Runs", $"{run} lastword {run}"));

        var hit = Assert.Single(index.Search("lastword").Hits);

        Assert.Contains("<mark>lastword</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.True(hit.SnippetHtml.Length < 600, $"{hit.SnippetHtml.Length} characters");
    }

    [Fact]
    public void Placeholders_ShowInSnippetsButAreNotSearchable()
    {
        using var index = new TestIndex().Add(Playbook("a/mail", "Mail", "Dear {{company}}, thanks for evaluating the tool."));

        Assert.Contains("{{company}}", Assert.Single(index.Search("evaluating").Hits).SnippetHtml, StringComparison.Ordinal);
        Assert.Empty(index.Slugs("company"));
    }

    [Fact]
    public void Search_EditorsSeeTheLivePageAboveItsDraftTwin()
    {
        using var index = new TestIndex().Add(
            Playbook("a/draft", "Quokka plan", "Quokka.", status: PlaybookStatus.Draft),
            Playbook("b/live", "Quokka plan", "Quokka."));

        Assert.Equal(["b/live", "a/draft"], index.Slugs("quokka ", Editor));
    }

    [Fact]
    public void Search_TitleWords_LandOnTheTopOfThePlaybook()
    {
        using var index = new TestIndex().Add(
            Playbook("sales/qbrs", "Field QBRs", "Quarterly reviews with the field.",
                sections: Section("after", "1 week following", "Send the field QBR notes.")));

        Assert.Equal("", Assert.Single(index.Search("field qbrs ").Hits).Anchor);
    }
}
