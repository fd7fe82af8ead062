using Bunit;

namespace PlaybookPortal.Components.Tests;

public class PlaybookCardTests : BunitContext
{
    [Fact]
    public void PlaybookCard_DraftDueForReview_ShowsEveryPart()
    {
        var playbook = new PlaybookCardModel(
            "Cold calling",
            "/playbooks/cold-calling",
            "Open, qualify and book a meeting in five minutes.",
            "Prospecting",
            ["calls", "outbound"],
            "Draft",
            DueForReview: true);

        var cut = Render<PlaybookCard>(p => p.Add(c => c.Playbook, playbook));

        cut.MarkupMatches(
            """
            <article class="playbook-card">
              <h3 class="title"><a href="/playbooks/cold-calling">Cold calling</a></h3>
              <div class="marks">
                <span class="category">Prospecting</span>
                <span class="status-badge status-badge--draft">
                  <span class="visually-hidden">Status: </span>Draft
                </span>
                <span class="due">Due for review</span>
              </div>
              <p class="summary">Open, qualify and book a meeting in five minutes.</p>
              <ul class="tags" aria-label="Tags"><li>calls</li><li>outbound</li></ul>
            </article>
            """);
    }

    [Fact]
    public void PlaybookCard_PublishedWithoutExtras_RendersTitleOnly()
    {
        var playbook = new PlaybookCardModel(
            "Pricing", "/playbooks/pricing", null, null, [], "Published", DueForReview: false);

        var cut = Render<PlaybookCard>(p => p.Add(c => c.Playbook, playbook));

        cut.MarkupMatches(
            """
            <article class="playbook-card">
              <h3 class="title"><a href="/playbooks/pricing">Pricing</a></h3>
            </article>
            """);
    }

    [Fact]
    public void PlaybookCard_HtmlInTitleSummaryCategoryAndTags_IsEncodedAsText()
    {
        const string attack = "<img src=x onerror=alert(1)>";
        var playbook = new PlaybookCardModel(
            attack, "/playbooks/x", attack, attack, [attack], "Published", DueForReview: false);

        var cut = Render<PlaybookCard>(p => p.Add(c => c.Playbook, playbook));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(attack, cut.Find("h3 a").TextContent);
        Assert.Equal(attack, cut.Find(".summary").TextContent);
        Assert.Equal(attack, cut.Find(".category").TextContent);
        Assert.Equal(attack, cut.Find(".tags li").TextContent);
    }
}
