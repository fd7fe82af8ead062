using Markdig.Parsers;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Parses a line holding only <c>{:…}</c>. Like kramdown, it may directly follow the paragraph
/// it applies to, so it interrupts paragraphs (and ends a lazily continued block quote).
/// </summary>
internal sealed class AttributeLineParser : BlockParser
{
    public AttributeLineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line.AsSpan().Trim();
        var isAttributeList = line.StartsWith("{:", StringComparison.Ordinal) && line.EndsWith('}')
            && !line[1..^1].ContainsAny('{', '}');
        if (!isAttributeList)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new AttributeLineBlock(this) { Attributes = line.ToString() });
        return BlockState.BreakDiscard;
    }
}
