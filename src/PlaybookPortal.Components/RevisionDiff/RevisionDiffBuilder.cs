using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PlaybookPortal.Components;

/// <summary>
/// Compares two revisions of a playbook line by line, and word by word inside edited lines,
/// for the revision history, "what changed since you acknowledged" and a save conflict.
/// </summary>
/// <remarks>
/// Line endings are not content (see <see cref="DiffLineChunker"/>). Whitespace and case
/// count as changes: in Markdown both can change what a reader sees. Stateless and
/// thread-safe.
/// </remarks>
public static class RevisionDiffBuilder
{
    /// <summary>Compares <paramref name="oldText"/> with <paramref name="newText"/>.</summary>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public static RevisionDiffModel Build(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);

        var inline = InlineLines(oldText, newText);
        var sideBySide = SideBySideRows(oldText, newText);

        return new RevisionDiffModel(
            DiffContext.Collapse(inline, line => line.Kind != DiffLineKind.Unchanged),
            DiffContext.Collapse(sideBySide, row => !row.IsUnchanged),
            Added: sideBySide.Count(r => r.Right.Kind == DiffLineKind.Inserted),
            Removed: sideBySide.Count(r => r.Left.Kind == DiffLineKind.Deleted),
            Changed: sideBySide.Count(r => r.Left.Kind == DiffLineKind.Modified));
    }

    // DiffPlex numbers only one side of an inline diff; both numbers are counted here.
    private static List<InlineDiffLine> InlineLines(string oldText, string newText)
    {
        var pane = InlineDiffBuilder.Diff(
            Differ.Instance, oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, DiffLineChunker.Instance);
        var lines = new List<InlineDiffLine>(pane.Lines.Count);
        var (oldNumber, newNumber) = (0, 0);
        foreach (var piece in pane.Lines)
        {
            lines.Add(piece.Type switch
            {
                ChangeType.Inserted => new InlineDiffLine(DiffLineKind.Inserted, null, ++newNumber, piece.Text ?? ""),
                ChangeType.Deleted => new InlineDiffLine(DiffLineKind.Deleted, ++oldNumber, null, piece.Text ?? ""),
                _ => new InlineDiffLine(DiffLineKind.Unchanged, ++oldNumber, ++newNumber, piece.Text ?? ""),
            });
        }

        return lines;
    }

    private static List<SideBySideRow> SideBySideRows(string oldText, string newText)
    {
        var model = SideBySideDiffBuilder.Diff(
            Differ.Instance, oldText, newText, ignoreWhiteSpace: false, ignoreCase: false,
            DiffLineChunker.Instance, WordChunker.Instance);
        var rows = new List<SideBySideRow>(model.OldText.Lines.Count);
        for (var i = 0; i < model.OldText.Lines.Count; i++)
        {
            rows.Add(new SideBySideRow(Cell(model.OldText.Lines[i]), Cell(model.NewText.Lines[i])));
        }

        return rows;
    }

    private static SideBySideCell Cell(DiffPiece line)
    {
        var kind = line.Type switch
        {
            ChangeType.Unchanged => DiffLineKind.Unchanged,
            ChangeType.Inserted => DiffLineKind.Inserted,
            ChangeType.Deleted => DiffLineKind.Deleted,
            ChangeType.Modified => DiffLineKind.Modified,
            _ => DiffLineKind.Empty,
        };
        if (kind == DiffLineKind.Empty)
        {
            return SideBySideCell.None;
        }

        var text = line.Text ?? "";
        var segments = kind == DiffLineKind.Modified ? Words(line, text) : [new DiffSegment(text, false)];
        return new SideBySideCell(kind, line.Position, segments);
    }

    // Adjacent words of the same state are joined, so markup has one <ins> per changed run.
    private static List<DiffSegment> Words(DiffPiece line, string text)
    {
        var segments = new List<DiffSegment>();
        foreach (var word in line.SubPieces.Where(w => w.Type != ChangeType.Imaginary && w.Text is not null))
        {
            var changed = word.Type != ChangeType.Unchanged;
            if (segments.Count > 0 && segments[^1].Changed == changed)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + word.Text };
                continue;
            }

            segments.Add(new DiffSegment(word.Text, changed));
        }

        // The words must spell the line; if they ever do not, the whole line is marked instead.
        var spelled = segments.Aggregate(new StringBuilder(), (b, s) => b.Append(s.Text)).ToString();
        return spelled == text ? segments : [new DiffSegment(text, true)];
    }
}
