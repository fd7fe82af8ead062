using Bunit;

namespace PlaybookPortal.Components.Tests;

public class SideBySideDiffTests : BunitContext
{
    [Fact]
    public void SideBySideDiff_EditedLine_MarksChangedWordsOnEachSide()
    {
        var model = RevisionDiffBuilder.Build("Call the lead today\n", "Call the customer today\n");

        var cut = Render<SideBySideDiff>(p => p.Add(c => c.Model, model));

        cut.Find("tbody tr").MarkupMatches(
            """
            <tr class="diff-line">
              <td class="diff-num">1</td>
              <td class="diff-marker diff-modified"><span aria-hidden="true">−</span><span class="visually-hidden">changed, old</span></td>
              <td class="diff-text diff-modified">Call the <del>lead</del> today</td>
              <td class="diff-num">1</td>
              <td class="diff-marker diff-modified"><span aria-hidden="true">+</span><span class="visually-hidden">changed, new</span></td>
              <td class="diff-text diff-modified">Call the <ins>customer</ins> today</td>
            </tr>
            """);
    }

    [Fact]
    public void SideBySideDiff_InsertedAndDeletedLines_StandOppositeEmptyCells()
    {
        var cut = Render<SideBySideDiff>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build("a\ngone\n", "a\n")));

        var cells = cut.FindAll("tbody tr")[1].QuerySelectorAll("td");
        Assert.Equal(["2", "−removed", "gone", "", "", ""], cells.Select(td => td.TextContent));
        Assert.Equal("gone", cells[2].QuerySelector("del")!.TextContent);
        Assert.Contains("diff-empty-cell", cells[5].ClassList);
    }

    [Fact]
    public void SideBySideDiff_Table_ScrollsInsideItsOwnWrapperWithColumnHeads()
    {
        var cut = Render<SideBySideDiff>(p => p
            .Add(c => c.Model, RevisionDiffBuilder.Build("a\n", "b\n"))
            .Add(c => c.OldLabel, "Revision 4")
            .Add(c => c.NewLabel, "Your version"));

        var wrapper = cut.Find("div.diff-scroll");
        Assert.Equal("0", wrapper.GetAttribute("tabindex"));
        Assert.Equal("region", wrapper.GetAttribute("role"));
        Assert.NotNull(wrapper.QuerySelector(":scope > table.diff-side"));
        var heads = cut.FindAll("thead th[scope=colgroup]").Select(t => t.TextContent);
        Assert.Equal(["Revision 4", "Your version"], heads);
    }

    [Fact]
    public void SideBySideDiff_ScriptInChangedWords_IsEncodedAsText()
    {
        var model = RevisionDiffBuilder.Build("say hi\n", "say <script>alert(1)</script>\n");

        var cut = Render<SideBySideDiff>(p => p.Add(c => c.Model, model));

        Assert.Empty(cut.FindAll("script"));
        Assert.Equal("say <script>alert(1)</script>", cut.FindAll("td.diff-text")[1].TextContent);
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void SideBySideDiff_LongUnchangedStretches_FoldIntoGapRowsAcrossAllColumns()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"line {i}").ToList();
        var old = string.Join('\n', lines);
        lines[9] = "changed";
        var model = RevisionDiffBuilder.Build(old, string.Join('\n', lines));

        var cut = Render<SideBySideDiff>(p => p.Add(c => c.Model, model));

        var gaps = cut.FindAll("tr.diff-gap td");
        Assert.Equal(["6 unchanged lines", "7 unchanged lines"], gaps.Select(g => g.TextContent));
        Assert.All(gaps, g => Assert.Equal("6", g.GetAttribute("colspan")));
    }

    [Fact]
    public void SideBySideDiff_NoDifferences_SaysSo()
    {
        var cut = Render<SideBySideDiff>(p => p.Add(c => c.Model, RevisionDiffBuilder.Build("same", "same\n")));

        cut.MarkupMatches("""<p class="diff-none">No differences</p>""");
    }
}
