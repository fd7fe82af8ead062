using Markdig;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// The one Markdig pipeline, built once: what real handbooks use (pipe and grid tables, task
/// lists, footnotes, definition lists, emphasis extras, auto-links, abbreviations, emoji).
/// Generic attributes stay off: kramdown attribute lists are handled before parsing, and
/// Markdig's own syntax for them would let authors set ids and classes the sanitizer then has
/// to police.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseAbbreviations()
        .UseEmojiAndSmiley(enableSmileys: false)
        .UseListExtras()
        .UseMediaLinks()
        .Build();
}
