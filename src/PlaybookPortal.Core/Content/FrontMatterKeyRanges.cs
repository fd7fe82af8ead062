using PlaybookPortal.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// Finds the text range of each top-level key of a front matter block from YamlDotNet's
/// parser events, so the editor can replace or drop one key and leave every other byte alone.
/// </summary>
/// <remarks>
/// A key's range runs from the start of its line up to the line before the next top-level
/// key, then gives back trailing lines that are blank or hold only a comment indented no
/// deeper than the key: such a comment introduces what follows, so it stays when the key
/// before it is rewritten or removed. Indented comments stay with the value (they may sit in
/// a block list or be text of a block scalar). Lines are used rather than the value's end
/// mark because YamlDotNet ends block scalars and block collections at the next token.
/// </remarks>
internal static class FrontMatterKeyRanges
{
    public static FrontMatterKeyMap Find(string yaml)
    {
        List<(string Key, Mark KeyStart, Mark ValueEnd)> keys;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var problem = ReadKeys(parser, out keys);
            while (parser.MoveNext())
            {
                // Read to the end so that a syntax error after the first document is found too.
            }

            if (problem is not null)
            {
                return FrontMatterKeyMap.Failed(problem);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The loader words the same failure with its line in the file, as the import does.
            var loaded = YamlLoader.Load(yaml, FrontMatterBlock.YamlLineOffset, null);
            var error = loaded.Problems.FirstOrDefault(p => p.Severity == ProblemSeverity.Error);
            return FrontMatterKeyMap.Failed(
                (error?.ToString() ?? "the front matter is not valid YAML") + "; fix it in the source.");
        }

        return new FrontMatterKeyMap(keys.Select((k, i) => RangeOf(yaml, keys, i)).ToList(), null);
    }

    private static string? ReadKeys(Parser parser, out List<(string, Mark, Mark)> keys)
    {
        keys = [];
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _))
        {
            return null;
        }

        if (parser.Current is Scalar root)
        {
            return root.Value is "" or "~" or "null" or "Null" or "NULL" && root.Style is ScalarStyle.Plain
                ? null
                : "the front matter must be keys with values; fix it in the source.";
        }

        if (parser.Current is not MappingStart { Style: not MappingStyle.Flow })
        {
            return "the front matter must be keys with values, one per line; fix it in the source.";
        }

        parser.MoveNext();
        while (parser.Current is not MappingEnd)
        {
            var key = parser.Current;
            SkipNode(parser);
            var valueEnd = SkipNode(parser);
            if (key is Scalar { Value: var name })
            {
                keys.Add((name, key.Start, valueEnd));
            }
        }

        return null;
    }

    // Consumes the node at the current event however deeply nested; returns its last mark.
    private static Mark SkipNode(Parser parser)
    {
        var depth = 0;
        do
        {
            var current = parser.Current ?? throw new InvalidOperationException("the YAML ended early");
            depth += current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            parser.MoveNext();
            if (depth == 0)
            {
                return current.End;
            }
        }
        while (true);
    }

    private static FrontMatterKeyRange RangeOf(
        string yaml, List<(string Key, Mark KeyStart, Mark ValueEnd)> keys, int i)
    {
        var (key, keyStart, valueEnd) = keys[i];
        var start = LineStart(yaml, (int)keyStart.Index);
        var indent = yaml[start..(int)keyStart.Index];
        var limit = i + 1 < keys.Count ? LineStart(yaml, (int)keys[i + 1].KeyStart.Index) : yaml.Length;

        var lines = Lines(yaml, start, limit);
        while (lines.Count > 1 && BelongsToWhatFollows(yaml, lines[^1], indent.Length))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var end = lines[^1].End;
        var comment = lines.Count == 1 ? TrailingComment(yaml, (int)valueEnd.Index, lines[0]) : "";
        return new FrontMatterKeyRange(key, start, end, indent, comment);
    }

    private static bool BelongsToWhatFollows(string yaml, (int Start, int ContentEnd, int End) line, int keyIndent)
    {
        var text = yaml.AsSpan(line.Start, line.ContentEnd - line.Start);
        var content = text.TrimStart(" \t");
        return content.IsEmpty || (content[0] == '#' && text.Length - content.Length <= keyIndent);
    }

    private static string TrailingComment(string yaml, int valueEnd, (int Start, int ContentEnd, int End) line)
    {
        if (valueEnd < line.Start || valueEnd > line.ContentEnd)
        {
            return "";
        }

        var rest = yaml[valueEnd..line.ContentEnd];
        return rest.TrimStart(' ', '\t').StartsWith('#') ? rest : "";
    }

    private static int LineStart(string yaml, int index)
    {
        var previousBreak = yaml.AsSpan(0, index).LastIndexOfAny('\r', '\n');
        return previousBreak + 1;
    }

    // Each line as its start, the end of its text and the end of its line ending.
    private static List<(int Start, int ContentEnd, int End)> Lines(string yaml, int from, int to)
    {
        var lines = new List<(int, int, int)>();
        for (var start = from; start < to;)
        {
            var relative = yaml.AsSpan(start, to - start).IndexOfAny('\r', '\n');
            var contentEnd = relative < 0 ? to : start + relative;
            var end = contentEnd;
            if (end < to)
            {
                end += yaml[end] == '\r' && end + 1 < to && yaml[end + 1] == '\n' ? 2 : 1;
            }

            lines.Add((start, contentEnd, end));
            start = end;
        }

        return lines;
    }
}
