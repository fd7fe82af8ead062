using Bunit;

namespace PlaybookPortal.Components.Tests;

public class PlaybookListTests : BunitContext
{
    [Fact]
    public void PlaybookList_TwoPlaybooks_RendersOneListItemCardEach()
    {
        PlaybookCardModel[] items =
        [
            new("Cold calling", "/playbooks/cold-calling", null, null, [], "Published", false),
            new("Renewals", "/playbooks/renewals", null, null, [], "Published", false),
        ];

        var cut = Render<PlaybookList>(p => p.Add(c => c.Items, items));

        cut.MarkupMatches(
            """
            <ul class="playbook-list">
              <li>
                <article class="playbook-card">
                  <h3 class="title"><a href="/playbooks/cold-calling">Cold calling</a></h3>
                </article>
              </li>
              <li>
                <article class="playbook-card">
                  <h3 class="title"><a href="/playbooks/renewals">Renewals</a></h3>
                </article>
              </li>
            </ul>
            """);
    }

    [Fact]
    public void PlaybookList_NoItems_RendersDefaultEmptyText()
    {
        var cut = Render<PlaybookList>(p => p.Add(c => c.Items, []));

        cut.MarkupMatches("""<p class="playbook-list-empty">No playbooks here yet.</p>""");
    }

    [Fact]
    public void PlaybookList_NoItemsWithCustomText_RendersThatTextEncoded()
    {
        var cut = Render<PlaybookList>(p => p
            .Add(c => c.Items, [])
            .Add(c => c.EmptyText, "Nothing <b>tagged</b> yet."));

        Assert.Empty(cut.FindAll("b"));
        Assert.Equal("Nothing <b>tagged</b> yet.", cut.Find("p").TextContent);
    }
}
