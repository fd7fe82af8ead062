using Bunit;

namespace PlaybookPortal.Components.Tests;

public class DiffSummaryTests : BunitContext
{
    [Fact]
    public void DiffSummary_Changes_ShowsSignsAndSaysThemInWords()
    {
        var model = RevisionDiffBuilder.Build("a\nb\nc\n", "a\nB\nc\nd\ne\nf\n");

        var cut = Render<DiffSummary>(p => p.Add(c => c.Model, model));

        cut.MarkupMatches(
            """
            <p class="diff-summary">
              <span aria-hidden="true">+3 −0, 1 changed</span><span class="visually-hidden">3 lines added, 0 removed, 1 changed</span>
            </p>
            """);
    }

    [Fact]
    public void DiffSummary_NothingEdited_LeavesOutTheChangedCount()
    {
        var cut = Render<DiffSummary>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build("a\nb\n", "b\n")));

        Assert.Equal("+0 −1", cut.Find("[aria-hidden=true]").TextContent);
        Assert.Equal("0 lines added, 1 removed, 0 changed", cut.Find(".visually-hidden").TextContent);
    }

    [Fact]
    public void DiffSummary_NoDifferences_SaysSo()
    {
        var cut = Render<DiffSummary>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build("", "")));

        cut.MarkupMatches("""<p class="diff-summary diff-summary--none">No differences</p>""");
    }

    [Fact]
    public void DiffComponents_TypicalInput_EmitNoInlineStyleOrScript()
    {
        var model = RevisionDiffBuilder.Build("a\nb\n", "a\nc\nd\n");

        IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>[] rendered =
        [
            Render<InlineDiff>(p => p.Add(c => c.Model, model)),
            Render<SideBySideDiff>(p => p.Add(c => c.Model, model)),
            Render<DiffSummary>(p => p.Add(c => c.Model, model)),
        ];

        Assert.All(rendered, cut =>
        {
            Assert.Empty(cut.FindAll("[style], script, style"));
            Assert.DoesNotContain("style=", cut.Markup, StringComparison.OrdinalIgnoreCase);
        });
    }
}
