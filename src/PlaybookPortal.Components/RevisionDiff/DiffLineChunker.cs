using DiffPlex;

namespace PlaybookPortal.Components;

/// <summary>
/// Splits a revision into lines for DiffPlex so that only content counts as a change:
/// CRLF, LF and a lone CR all end a line, and a final line ending closes the last line rather
/// than opening an empty one. A file saved from Windows and the same file saved from a browser
/// textarea therefore show no differences, and an empty revision has no lines at all.
/// </summary>
internal sealed class DiffLineChunker : IChunker
{
    public static DiffLineChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = unified.Split('\n');
        return unified.EndsWith('\n') ? lines[..^1] : lines;
    }
}
