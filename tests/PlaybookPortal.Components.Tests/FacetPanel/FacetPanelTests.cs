using Bunit;

namespace PlaybookPortal.Components.Tests;

public class FacetPanelTests : BunitContext
{
    [Fact]
    public void FacetPanel_GroupWithoutFilter_RendersLinksWithCounts()
    {
        FacetGroupModel[] groups =
        [
            new("Category",
            [
                new("Sales", "/search?q=x&category=sales", 3, IsActive: false),
                new("Customer success", "/search?q=x&category=customer-success", 1, IsActive: false),
            ]),
        ];

        var cut = Render<FacetPanel>(p => p.Add(c => c.Groups, groups));

        cut.MarkupMatches(
            """
            <nav class="facet-panel" aria-label="Filter results">
              <section class="facet-group">
                <h2 class="facet-group-title">Category</h2>
                <ul class="facet-links">
                  <li>
                    <a class="facet-link" href="/search?q=x&amp;category=sales">
                      <span class="facet-label">Sales</span>
                      <span class="facet-count">3<span class="visually-hidden"> playbooks</span></span>
                    </a>
                  </li>
                  <li>
                    <a class="facet-link" href="/search?q=x&amp;category=customer-success">
                      <span class="facet-label">Customer success</span>
                      <span class="facet-count">1<span class="visually-hidden"> playbook</span></span>
                    </a>
                  </li>
                </ul>
              </section>
            </nav>
            """);
    }

    [Fact]
    public void FacetPanel_ActiveValue_IsMarkedCurrentAndCanBeRemoved()
    {
        FacetGroupModel[] groups =
        [
            new("Tag",
                [new("kpi", "/search?q=x&tag=kpi", 2, IsActive: true), new("basics", "/search?q=x&tag=basics", 5, IsActive: false)],
                RemoveUrl: "/search?q=x",
                RemoveLabel: "All tags"),
        ];

        var cut = Render<FacetPanel>(p => p.Add(c => c.Groups, groups));

        var current = cut.FindAll("a.facet-link[aria-current]");
        Assert.Equal("true", Assert.Single(current).GetAttribute("aria-current"));
        Assert.Equal("kpi", current[0].QuerySelector(".facet-label")!.TextContent);
        var remove = cut.Find("a.facet-remove");
        Assert.Equal("/search?q=x", remove.GetAttribute("href"));
        Assert.Equal("All tags", remove.TextContent);
    }

    [Fact]
    public void FacetPanel_GroupWithoutActiveFilter_HasNoRemoveLink()
    {
        var cut = Render<FacetPanel>(p => p.Add(c => c.Groups,
            [new FacetGroupModel("Tag", [new("kpi", "/search?q=x&tag=kpi", 2, IsActive: false)])]));

        Assert.Empty(cut.FindAll(".facet-remove, [aria-current]"));
    }

    [Fact]
    public void FacetPanel_LanguageLabel_CarriesItsLanguage()
    {
        var cut = Render<FacetPanel>(p => p.Add(c => c.Groups,
            [new FacetGroupModel("Language", [new("Deutsch", "/search?q=x&language=de", 4, IsActive: false, Language: "de")])]));

        Assert.Equal("de", cut.Find(".facet-label").GetAttribute("lang"));
    }

    [Fact]
    public void FacetPanel_EmptyGroups_AreLeftOutAndNoGroupsRenderNothing()
    {
        var cut = Render<FacetPanel>(p => p.Add(c => c.Groups,
            [new FacetGroupModel("Category", []), new FacetGroupModel("Tag", [])]));

        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void FacetPanel_ActiveFilterWithoutValues_KeepsItsRemoveLink()
    {
        var cut = Render<FacetPanel>(p => p.Add(c => c.Groups,
        [
            new FacetGroupModel("Category", [], RemoveUrl: "/search?q=x", RemoveLabel: "All categories"),
            new FacetGroupModel("Tag", []),
        ]));

        Assert.Equal(["Category"], cut.FindAll(".facet-group-title").Select(h => h.TextContent));
        Assert.Equal("All categories", cut.Find(".facet-remove").TextContent);
    }

    [Fact]
    public void FacetPanel_HtmlInLabel_IsEncodedAsText()
    {
        const string attack = "<img src=x onerror=alert(1)>";

        var cut = Render<FacetPanel>(p => p.Add(c => c.Groups,
            [new FacetGroupModel(attack, [new(attack, "/search?q=x", 1, IsActive: false)])]));

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal(attack, cut.Find(".facet-label").TextContent);
        Assert.Equal(attack, cut.Find(".facet-group-title").TextContent);
    }

    [Fact]
    public void FacetPanel_CustomLabel_NamesTheNavigation()
    {
        var cut = Render<FacetPanel>(p => p
            .Add(c => c.Groups, [new FacetGroupModel("Tag", [new("kpi", "/s", 1, IsActive: false)])])
            .Add(c => c.Label, "Narrow down"));

        Assert.Equal("Narrow down", cut.Find("nav").GetAttribute("aria-label"));
    }
}
