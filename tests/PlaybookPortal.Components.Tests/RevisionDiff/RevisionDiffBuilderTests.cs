using System.Text;

namespace PlaybookPortal.Components.Tests;

public class RevisionDiffBuilderTests
{
    [Fact]
    public void Build_SameText_HasNoChanges()
    {
        var model = RevisionDiffBuilder.Build("a\nb\n", "a\nb\n");

        Assert.False(model.HasChanges);
        Assert.Equal((0, 0, 0), (model.Added, model.Removed, model.Changed));
    }

    [Fact]
    public void Build_CrLfAgainstLf_IsTheSameLines()
    {
        var model = RevisionDiffBuilder.Build("# T\r\n\r\nBody\r\n", "# T\n\nBody\n");

        Assert.False(model.HasChanges);
    }

    [Fact]
    public void Build_OnlyTheFinalLineEndingDiffers_IsTheSameLines()
    {
        Assert.False(RevisionDiffBuilder.Build("a\nb", "a\nb\n").HasChanges);
    }

    [Fact]
    public void Build_AnExtraBlankLineAtTheEnd_IsOneAddedLine()
    {
        var model = RevisionDiffBuilder.Build("a\n", "a\n\n");

        Assert.Equal((1, 0, 0), (model.Added, model.Removed, model.Changed));
        var added = Assert.Single(Lines(model), l => l.Kind == DiffLineKind.Inserted);
        Assert.Equal(new InlineDiffLine(DiffLineKind.Inserted, null, 2, ""), added);
    }

    [Fact]
    public void Build_InsertedAndDeletedLines_NumbersBothSidesInline()
    {
        var model = RevisionDiffBuilder.Build("one\ntwo\nthree\n", "zero\none\nthree\n");

        Assert.Equal(
        [
            new InlineDiffLine(DiffLineKind.Inserted, null, 1, "zero"),
            new InlineDiffLine(DiffLineKind.Unchanged, 1, 2, "one"),
            new InlineDiffLine(DiffLineKind.Deleted, 2, null, "two"),
            new InlineDiffLine(DiffLineKind.Unchanged, 3, 3, "three"),
        ], Lines(model));
        Assert.Equal((1, 1, 0), (model.Added, model.Removed, model.Changed));
    }

    [Fact]
    public void Build_EditedLine_PairsOldAndNewWithChangedWordsFlagged()
    {
        var model = RevisionDiffBuilder.Build("keep\nCall the lead today\n", "keep\nCall the customer today\n");

        var row = Assert.Single(Rows(model), r => !r.IsUnchanged);
        Assert.Equal(DiffLineKind.Modified, row.Left.Kind);
        Assert.Equal(DiffLineKind.Modified, row.Right.Kind);
        Assert.Equal((2, 2), (row.Left.Number, row.Right.Number));
        Assert.Equal("lead", Assert.Single(row.Left.Segments, s => s.Changed).Text);
        Assert.Equal("customer", Assert.Single(row.Right.Segments, s => s.Changed).Text);
        Assert.Equal("Call the customer today", string.Concat(row.Right.Segments.Select(s => s.Text)));
        Assert.Equal((0, 0, 1), (model.Added, model.Removed, model.Changed));
    }

    [Fact]
    public void Build_LineOnlyAdded_StandsOppositeAnEmptyCell()
    {
        var model = RevisionDiffBuilder.Build("a\n", "a\nb\n");

        var row = Assert.Single(Rows(model), r => !r.IsUnchanged);
        Assert.Equal(SideBySideCell.None, row.Left);
        Assert.Equal(DiffLineKind.Inserted, row.Right.Kind);
        Assert.Equal(2, row.Right.Number);
        Assert.Equal([new DiffSegment("b", false)], row.Right.Segments);
    }

    [Fact]
    public void Build_FromEmpty_AddsEveryLineAndNoPhantomLine()
    {
        var model = RevisionDiffBuilder.Build("", "a\nb\n");

        Assert.Equal((2, 0, 0), (model.Added, model.Removed, model.Changed));
        Assert.All(Lines(model), l => Assert.Equal(DiffLineKind.Inserted, l.Kind));
    }

    [Fact]
    public void Build_ChangeInTheMiddleOfManyLines_KeepsThreeLinesOfContextAndFoldsTheRest()
    {
        var old = Numbered(1, 100);
        var changed = old.Replace("line 50\n", "line fifty\n", StringComparison.Ordinal);

        var model = RevisionDiffBuilder.Build(old, changed);

        Assert.Equal(46, model.Inline[0].HiddenLines);
        Assert.Equal([47, 48, 49], model.Inline.Skip(1).Take(3).Select(r => r.Line!.OldNumber));
        Assert.Equal(47, model.Inline[^1].HiddenLines);
        Assert.Equal(1 + 3 + 2 + 3 + 1, model.Inline.Count);
        Assert.Equal(1 + 3 + 1 + 3 + 1, model.SideBySide.Count);
        Assert.Equal(46, model.SideBySide[0].HiddenLines);
    }

    [Fact]
    public void Build_OneUnchangedLineBetweenContexts_IsShownNotFolded()
    {
        var old = Numbered(1, 9);
        var changed = old.Replace("line 1\n", "x\n", StringComparison.Ordinal)
            .Replace("line 9\n", "y\n", StringComparison.Ordinal);

        var model = RevisionDiffBuilder.Build(old, changed);

        Assert.DoesNotContain(model.SideBySide, r => r.IsGap);
    }

    [Fact]
    public void Build_TwoMegabytesWithOneChange_RendersAHandfulOfRows()
    {
        var old = Numbered(1, 40_000);
        Assert.True(Encoding.UTF8.GetByteCount(old) > 400_000);
        var bigOld = string.Concat(Enumerable.Repeat(old, 4));
        var bigNew = bigOld.Remove(bigOld.Length / 2, 1).Insert(bigOld.Length / 2, "!");

        var model = RevisionDiffBuilder.Build(bigOld, bigNew);

        Assert.True(model.HasChanges);
        Assert.InRange(model.Inline.Count, 3, 12);
        Assert.InRange(model.SideBySide.Count, 3, 12);
        Assert.Equal(160_000 - 7, model.SideBySide.Sum(r => r.HiddenLines));
    }

    private static string Numbered(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"line {i}\n"));

    private static List<InlineDiffLine> Lines(RevisionDiffModel model) =>
        model.Inline.Where(r => !r.IsGap).Select(r => r.Line!).ToList();

    private static List<SideBySideRow> Rows(RevisionDiffModel model) =>
        model.SideBySide.Where(r => !r.IsGap).Select(r => r.Line!).ToList();
}
