using Bunit;

namespace PlaybookPortal.Components.Tests;

public class InlineDiffTests : BunitContext
{
    [Fact]
    public void InlineDiff_InsertedAndDeletedLines_RendersTheMarkupContract()
    {
        var model = RevisionDiffBuilder.Build("a\nold\n", "a\nnew\n");

        var cut = Render<InlineDiff>(p => p.Add(c => c.Model, model));

        cut.MarkupMatches(
            """
            <div class="diff-scroll" role="region" aria-label="Changes from Before to After" tabindex="0">
              <table class="diff diff-inline">
                <colgroup>
                  <col class="diff-col-num" /><col class="diff-col-num" /><col class="diff-col-marker" /><col />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col" class="diff-num">Before</th>
                    <th scope="col" class="diff-num">After</th>
                    <th scope="col" class="diff-marker"><span class="visually-hidden">Change</span></th>
                    <th scope="col"><span class="visually-hidden">Text</span></th>
                  </tr>
                </thead>
                <tbody>
                  <tr class="diff-line diff-unchanged">
                    <td class="diff-num">1</td><td class="diff-num">1</td>
                    <td class="diff-marker"></td><td class="diff-text">a</td>
                  </tr>
                  <tr class="diff-line diff-deleted">
                    <td class="diff-num">2</td><td class="diff-num"></td>
                    <td class="diff-marker"><span aria-hidden="true">−</span><span class="visually-hidden">removed</span></td>
                    <td class="diff-text"><del>old</del></td>
                  </tr>
                  <tr class="diff-line diff-inserted">
                    <td class="diff-num"></td><td class="diff-num">2</td>
                    <td class="diff-marker"><span aria-hidden="true">+</span><span class="visually-hidden">added</span></td>
                    <td class="diff-text"><ins>new</ins></td>
                  </tr>
                </tbody>
              </table>
            </div>
            """);
    }

    [Fact]
    public void InlineDiff_ScriptInText_IsEncodedAsText()
    {
        const string attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";

        var cut = Render<InlineDiff>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build("safe\n", attack + "\n")));

        Assert.Empty(cut.FindAll("script, img"));
        Assert.Equal(attack, cut.Find("ins").TextContent);
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineDiff_TextWithSpaces_KeepsItExactlyWithNothingAdded()
    {
        var cut = Render<InlineDiff>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build("  a  b\n", "  a  c\n")));

        Assert.Equal(["  a  b", "  a  c"], cut.FindAll("td.diff-text").Select(td => td.TextContent));
    }

    [Fact]
    public void InlineDiff_LongUnchangedStretch_ShowsOneGapRowSayingHowManyLines()
    {
        var old = string.Concat(Enumerable.Range(1, 30).Select(i => $"line {i}\n"));

        var cut = Render<InlineDiff>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build(old, old + "end\n")));

        var gap = cut.Find("tr.diff-gap td");
        Assert.Equal("4", gap.GetAttribute("colspan"));
        Assert.Equal("27 unchanged lines", gap.TextContent);
        Assert.Equal(4, cut.FindAll("tr.diff-line").Count);
    }

    [Fact]
    public void InlineDiff_NoDifferences_SaysSoInsteadOfATable()
    {
        var cut = Render<InlineDiff>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build("a\r\n", "a\n")));

        cut.MarkupMatches("""<p class="diff-none">No differences</p>""");
    }

    [Fact]
    public void InlineDiff_Labels_NameTheRevisions()
    {
        var cut = Render<InlineDiff>(p => p
            .Add(c => c.Model, RevisionDiffBuilder.Build("a\n", "b\n"))
            .Add(c => c.OldLabel, "Acknowledged")
            .Add(c => c.NewLabel, "Current"));

        Assert.Equal(["Acknowledged", "Current"], cut.FindAll("th.diff-num").Select(th => th.TextContent));
        Assert.Equal("Changes from Acknowledged to Current", cut.Find("[role=region]").GetAttribute("aria-label"));
    }
}
