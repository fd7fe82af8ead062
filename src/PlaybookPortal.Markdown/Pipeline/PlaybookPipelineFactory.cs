using Markdig;
using PlaybookPortal.Markdown.Callouts;
using PlaybookPortal.Markdown.Diagrams;
using PlaybookPortal.Markdown.Footnotes;
using PlaybookPortal.Markdown.Kramdown;
using PlaybookPortal.Markdown.Placeholders;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// Builds the portal's Markdig pipeline. Built once per renderer: a pipeline is immutable and
/// safe to share between threads. Generic attributes stay off because kramdown's <c>{: …}</c>
/// is handled by our own extension; raw HTML stays on because the sanitizer step cleans it.
/// A leading YAML front matter block is recognised and left out, so a body whose front matter
/// was not removed still renders as its page.
/// </summary>
internal static class PlaybookPipelineFactory
{
    /// <param name="idPrefix">Private prefix for the ids our renderers write.</param>
    /// <param name="preciseSourceLocation">True for the pipeline that locates code spans.</param>
    public static MarkdownPipeline Create(string idPrefix, bool preciseSourceLocation = false)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseGridTables()
            .UseTaskLists()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseAbbreviations()
            .UseEmojiAndSmiley(enableSmileys: false)
            .Use(new KramdownExtension())
            .Use(new CalloutExtension())
            .Use(new GeneratorPlaceholderExtension())
            .Use(new DiagramSourceExtension())
            .Use(new ScopedFootnoteExtension(idPrefix));
        if (preciseSourceLocation)
        {
            builder.UsePreciseSourceLocation();
        }

        return builder.Build();
    }
}
