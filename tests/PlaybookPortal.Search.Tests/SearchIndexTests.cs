using PlaybookPortal.Core.Content;
using PlaybookPortal.Search.Querying;
using static PlaybookPortal.Search.Tests.TestIndex;

namespace PlaybookPortal.Search.Tests;

public class SearchIndexTests
{
    [Fact]
    public void Search_WordsInAnyOrder_FindTheSectionThatHoldsThem()
    {
        using var index = new TestIndex().Add(
            Playbook("kpis/forecast-accuracy", "Forecast accuracy", "How close the forecast came.",
                sections: Section("formula", "Formula", "Divide the absolute error by the actual bookings.")),
            Playbook("process/discovery", "Discovery calls", "Ask open questions first."));

        var hit = Assert.Single(index.Search("bookings actual").Hits);

        Assert.Equal("kpis/forecast-accuracy", hit.Slug);
        Assert.Equal("formula", hit.Anchor);
        Assert.Equal(["Formula"], hit.HeadingPath);
    }

    [Fact]
    public void Search_TitleMatch_RanksAboveBodyMention()
    {
        using var index = new TestIndex().Add(
            Playbook("a/mentions", "Weekly routine", "Update the pipeline and mention negotiation once."),
            Playbook("b/negotiation", "Negotiation", "Trade, never give."));

        Assert.Equal(["b/negotiation", "a/mentions"], index.Slugs("negotiation"));
    }

    [Fact]
    public void Search_ExactWord_RanksAboveStemmedForm()
    {
        using var index = new TestIndex().Add(
            Playbook("a/stemmed", "Notes", "Forecasting is a weekly habit."),
            Playbook("b/exact", "Notes too", "The forecast is a weekly habit."));

        Assert.Equal(["b/exact", "a/stemmed"], index.Slugs("forecast "));
    }

    [Fact]
    public void Search_LastWordWhileTyping_MatchesAsPrefix()
    {
        using var index = new TestIndex().Add(Playbook("kpis/forecast", "Forecast accuracy", "Compare forecast and actuals."));

        Assert.Equal(["kpis/forecast"], index.Slugs("forec"));
        Assert.Empty(index.Slugs("forec "));
    }

    [Fact]
    public void Search_WordsStandingTogether_RankAboveTheSameWordsApart()
    {
        using var index = new TestIndex().Add(
            Playbook("a/apart", "Support", "In the best of worlds every case closes within a day."),
            Playbook("b/together", "Forecast", "Commit is what you will close; best case is what might close."));

        Assert.Equal(["b/together", "a/apart"], index.Slugs("what is the best case "));
    }

    [Fact]
    public void Search_LastWordHalfTyped_CompletesWhileEarlierWordsMatchWhole()
    {
        using var index = new TestIndex().Add(
            Playbook("kpis/forecast-accuracy", "Forecast accuracy", "Compare the forecast with actual bookings."),
            Playbook("kpis/forecast-call", "Forecast call", "The weekly forecast meeting."));

        Assert.Equal("kpis/forecast-accuracy", index.Slugs("forecast accu")[0]);
    }

    [Fact]
    public void Search_QuotedPhrase_RequiresTheWordsTogether()
    {
        using var index = new TestIndex().Add(
            Playbook("a/together", "One", "Book the next meeting before you hang up."),
            Playbook("b/apart", "Two", "The meeting was next to the book shelf."));

        Assert.Equal(["a/together"], index.Slugs("\"next meeting\""));
    }

    [Fact]
    public void Search_ExcludedWord_LeavesOutTheWholePlaybook()
    {
        using var index = new TestIndex().Add(
            Playbook("a/pricing", "Pricing", "Discount rules.", sections: Section("legacy", "Legacy", "Old legacy plans.")),
            Playbook("b/pricing", "Pricing too", "Discount approvals."));

        Assert.Equal(["b/pricing"], index.Slugs("discount -legacy"));
    }

    [Fact]
    public void Search_CategoryAndTagFilters_NarrowTheResults()
    {
        using var index = new TestIndex().Add(
            Playbook("kpis/win-rate", "Win rate", "Deals won.", category: "kpis", tags: ["metrics"]),
            Playbook("process/win", "Win plan", "Deals won.", category: "process", tags: ["deals"]));

        Assert.Equal(["kpis/win-rate"], index.Slugs("deals category:KPIs"));
        Assert.Equal(["process/win"], index.Slugs("deals tag:deals"));
    }

    [Fact]
    public void Search_NaturalQuestion_FindsThePage()
    {
        using var index = new TestIndex().Add(
            Playbook("kpis/forecast-accuracy", "Forecast accuracy", "We calculate the accuracy of the forecast each quarter."),
            Playbook("team/how-we-work", "How we work", "How do I ask for help? What should I do first?"));

        Assert.Equal("kpis/forecast-accuracy", index.Slugs("how do I calculate forecast accuracy")[0]);
    }

    [Fact]
    public void Search_GermanPrefixesAndSpellings_FindUmlautsAndEszett()
    {
        using var index = new TestIndex().Add(
            Playbook("de/aussendienst", "Vertrieb", "Der Außendienst besucht Kunden vor Ort.", language: "de"),
            Playbook("de/angebote", "Angebote", "Alle Angebotsänderungen gehen über die Leitung.", language: "de"));

        Assert.Equal(["de/aussendienst"], index.Slugs("Außend*"));
        Assert.Equal(["de/angebote"], index.Slugs("Angebotsänder*"));
        Assert.Equal(["de/aussendienst"], index.Slugs("Aussendienst"));
        Assert.Equal(["de/angebote"], index.Slugs("Angebotsaenderungen"));
    }

    [Fact]
    public void Search_CurlyAndStraightApostrophes_MatchEachOther()
    {
        using var index = new TestIndex().Add(Playbook("a/buyer", "Buyer", "The customer’s budget comes first."));

        Assert.Equal(["a/buyer"], index.Slugs("customer's budget"));
        Assert.Equal(["a/buyer"], index.Slugs("customers budget"));
    }

    [Theory]
    [InlineData("Preis [EUR]")]
    [InlineData("\"Q3-Ziele")]
    [InlineData("Kunde:")]
    [InlineData("AND")]
    [InlineData("(")]
    [InlineData("\\")]
    [InlineData("*rabatt")]
    [InlineData("Q&A")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("category:")]
    [InlineData("title:(foo OR bar)^3 ~2 /regex/ {a TO b}")]
    public void Search_AnyText_AnswersWithoutError(string text)
    {
        using var index = new TestIndex().Add(
            Playbook("de/preise", "Preise", "Der Preis in EUR. Kunde: Rabatt für Q3-Ziele. Q&A am Ende.", language: "de"));

        var results = index.Search(text);

        Assert.True(results.Total >= 0);
        Assert.Equal(results.Total > 0, results.Hits.Count > 0);
    }

    [Fact]
    public void Search_OddInputWithWords_StillFindsThem()
    {
        using var index = new TestIndex().Add(
            Playbook("de/preise", "Preise", "Der Preis in EUR. Kunde: Rabatt für Q3-Ziele.", language: "de"));

        Assert.Equal(["de/preise"], index.Slugs("Preis [EUR]"));
        Assert.Equal(["de/preise"], index.Slugs("*rabatt"));
        Assert.Equal(["de/preise"], index.Slugs("\"Q3-Ziele"));
        Assert.Equal(["de/preise"], index.Slugs("Kunde:"));
    }

    [Fact]
    public void Search_Snippet_EncodesTextBeforeMarkingMatches()
    {
        using var index = new TestIndex().Add(
            Playbook("a/xss", "Careful", "Never paste <img src=x onerror=alert(1)> into a discovery note."));

        var hit = Assert.Single(index.Search("discovery").Hits);

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>discovery</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_RestrictedPlaybook_IsInvisibleToThoseWhoMayNotReadIt()
    {
        using var index = new TestIndex().Add(
            Playbook("comp/plan", "Commission plan", "Quota and commission rates.", audience: "role:manager", category: "secret", tags: ["pay"]),
            Playbook("kpis/quota", "Quota attainment", "Share of quota reached.", category: "kpis"));

        var rep = index.Search("quota");
        var manager = index.Search("quota", Manager);

        Assert.Equal(["kpis/quota"], rep.Hits.Select(h => h.Slug));
        Assert.Equal(1, rep.Total);
        Assert.DoesNotContain(rep.Facets.Categories, f => f.Value == "secret");
        Assert.DoesNotContain(rep.Facets.Tags, f => f.Value == "pay");
        Assert.Equal(2, manager.Total);
        Assert.Contains(manager.Facets.Categories, f => f.Value == "secret" && f.Count == 1);
    }

    [Fact]
    public void Search_PositionAudience_IsReadableByThatPositionOnly()
    {
        using var index = new TestIndex().Add(Playbook("ae/demo", "Demo prep", "Prepare the demo.", audience: "position:ae"));

        Assert.Single(index.Search("demo", TestIndex.Rep).Hits);
        Assert.Empty(index.Search("demo", Manager).Hits);
    }

    [Fact]
    public void Search_DraftsAndArchived_AreFoundByEditorsOnlyAndMarked()
    {
        using var index = new TestIndex().Add(
            Playbook("a/draft", "Renewal draft", "Renewal steps.", status: PlaybookStatus.Draft),
            Playbook("b/old", "Renewal archive", "Renewal steps.", status: PlaybookStatus.Archived),
            Playbook("c/staff", "Renewal broken", "Renewal steps.", audience: "!staff"));

        Assert.Empty(index.Search("renewal").Hits);
        var editor = index.Search("renewal", Editor);
        Assert.Equal(3, editor.Total);
        Assert.Contains(editor.Hits, h => h.Slug == "a/draft" && h.Status == PlaybookStatus.Draft);
        Assert.Contains(editor.Hits, h => h.Slug == "b/old" && h.Status == PlaybookStatus.Archived);
    }

    [Fact]
    public void Search_Facets_CountPlaybooksNotSectionsAndFilter()
    {
        using var index = new TestIndex().Add(
            Playbook("kpis/a", "Churn", "Churn.", category: "kpis", tags: ["retention"],
                sections: [Section("more", "More churn", "Churn again.")]),
            Playbook("kpis/b", "Churn risk", "Churn.", category: "kpis", language: "de"),
            Playbook("cs/c", "Save churn", "Churn.", category: "customer-success", tags: ["retention"]));

        var results = index.Search("churn");

        Assert.Equal(3, results.Total);
        Assert.Equal(new FacetCount("kpis", 2), results.Facets.Categories[0]);
        Assert.Equal(new FacetCount("retention", 2), Assert.Single(results.Facets.Tags));
        Assert.Contains(new FacetCount("de", 1), results.Facets.Languages);
        var filtered = index.Index.Search(new SearchRequest("churn", TestIndex.Rep, Category: "customer-success"));
        Assert.Equal(["cs/c"], filtered.Hits.Select(h => h.Slug));
    }

    [Fact]
    public void Apply_ChangedAudience_IsInForceAfterRefresh()
    {
        using var index = new TestIndex().Add(Playbook("a/open", "Territories", "Territory plan."));
        Assert.Single(index.Search("territory").Hits);

        index.Add(Playbook("a/open", "Territories", "Territory plan.", audience: "role:manager"));

        Assert.Empty(index.Search("territory").Hits);
        Assert.Equal(0, index.Search("territory").Total);
    }

    [Fact]
    public void Apply_BecomesSearchableOnlyAtRefresh_AndSaysSo()
    {
        using var index = new TestIndex().Add(Playbook("a/one", "One", "First words."));
        var searchable = index.Index.SearchableChangeNumber;

        index.Index.Apply([Playbook("b/two", "Two", "Wombat words.")], [], 50);

        Assert.Equal(50, index.Index.AppliedChangeNumber);
        Assert.Equal(searchable, index.Index.SearchableChangeNumber);
        Assert.Empty(index.Slugs("wombat"));

        index.Index.Refresh();

        Assert.Equal(50, index.Index.SearchableChangeNumber);
        Assert.Equal(["b/two"], index.Slugs("wombat"));
    }

    [Fact]
    public void Apply_RemovedPlaybook_IsGone()
    {
        using var index = new TestIndex().Add(Playbook("a/gone", "Gone", "Vanishing text."));

        index.Index.Apply([], ["id-a/gone"], 99);
        index.Index.Refresh();

        Assert.Empty(index.Search("vanishing").Hits);
        Assert.Equal(99, index.Index.AppliedChangeNumber);
    }

    [Fact]
    public void Search_Paging_SplitsTheGroupsAndKeepsTheTotal()
    {
        using var index = new TestIndex().Add(
            Enumerable.Range(1, 25).Select(i => Playbook($"p/{i:00}", $"Playbook {i}", "Objection handling.")).ToArray());

        var second = index.Index.Search(new SearchRequest("objection", TestIndex.Rep, Page: 2, PageSize: 20));

        Assert.Equal(25, second.Total);
        Assert.Equal(5, second.Hits.Count);
    }
}
