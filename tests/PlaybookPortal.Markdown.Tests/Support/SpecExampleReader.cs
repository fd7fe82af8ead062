using System.Text;

namespace PlaybookPortal.Markdown.Tests.Support;

/// <summary>
/// Reads golden spec files written like the CommonMark spec: an example starts with a line of
/// 32 backticks followed by <c>example</c> (optionally <c>example drop-title</c>), holds the
/// Markdown, a line with a single <c>.</c>, the expected HTML, and ends with 32 backticks.
/// A <c>→</c> in an example stands for a tab.
/// </summary>
public static class SpecExampleReader
{
    private static readonly string Fence = new('`', 32);

    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IReadOnlyList<SpecExample> ReadAll() =>
        [.. Directory.GetFiles(SpecDirectory, "*.md").Order(StringComparer.Ordinal).SelectMany(Read)];

    public static IEnumerable<SpecExample> Read(string path)
    {
        var file = Path.GetFileName(path);
        var section = string.Empty;
        var number = 0;
        using var reader = new StringReader(File.ReadAllText(path).ReplaceLineEndings("\n"));
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
            }
            else if (line.StartsWith(Fence + " example", StringComparison.Ordinal))
            {
                var dropTitle = line.Contains("drop-title", StringComparison.Ordinal);
                var markdown = ReadUntil(reader, ".");
                var html = ReadUntil(reader, Fence);
                yield return new SpecExample(file, ++number, section, markdown, html, dropTitle);
            }
        }
    }

    private static string ReadUntil(StringReader reader, string terminator)
    {
        var text = new StringBuilder();
        while (reader.ReadLine() is { } line && line != terminator)
        {
            text.Append(line.Replace('→', '\t')).Append('\n');
        }

        return text.ToString();
    }
}
