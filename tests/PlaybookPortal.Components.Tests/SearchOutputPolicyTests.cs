using Bunit;

namespace PlaybookPortal.Components.Tests;

/// <summary>
/// The search components under the rule of <see cref="StaticOutputPolicyTests"/>: the strict
/// Content-Security-Policy drops inline styles and scripts, so none may be emitted.
/// </summary>
public class SearchOutputPolicyTests : BunitContext
{
    [Fact]
    public void SearchComponents_TypicalInput_EmitNoInlineStyleOrScript()
    {
        var hit = new SearchResultModel(
            "Forecast calls", "/playbooks/forecast#accuracy", "Sales", ["Forecasting", "Accuracy"],
            "Keep the <mark>forecast</mark> honest.", "Draft", "en", ["forecast"], 2);
        FacetGroupModel[] groups =
        [
            new("Tag", [new("kpi", "/search?q=x&tag=kpi", 2, IsActive: true)], "/search?q=x", "All tags"),
        ];

        IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>[] rendered =
        [
            Render<SearchResultList>(p => p.Add(c => c.Items, [hit])),
            Render<SearchResultList>(p => p.Add(c => c.Items, []).Add(c => c.ClearFiltersUrl, "/search?q=x")),
            Render<FacetPanel>(p => p.Add(c => c.Groups, groups)),
            Render<SearchPager>(p => p.Add(c => c.Page, 2).Add(c => c.PageCount, 3)
                .Add(c => c.PreviousUrl, "/search?q=x").Add(c => c.NextUrl, "/search?q=x&page=3")),
            Render<SearchHelp>(),
        ];

        Assert.All(rendered, cut =>
        {
            Assert.NotEmpty(cut.Markup.Trim());
            Assert.Empty(cut.FindAll("[style], script, style"));
            Assert.DoesNotContain("style=", cut.Markup, StringComparison.OrdinalIgnoreCase);
        });
    }
}
