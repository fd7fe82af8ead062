namespace PlaybookPortal.Core.Content;

/// <summary>Where the front matter fences sit in a file's text.</summary>
/// <param name="Opened">The first line is a <c>---</c> fence.</param>
/// <param name="Closed">A closing <c>---</c> or <c>...</c> fence follows it.</param>
/// <param name="Yaml">The text between the fences; empty unless closed.</param>
/// <param name="Body">The text after the closing fence, or the whole text when not closed.</param>
/// <param name="BodyStartLine">The 1-based file line on which the body starts.</param>
internal sealed record FrontMatterBlock(
    bool Opened,
    bool Closed,
    string Yaml,
    string Body,
    int BodyStartLine)
{
    /// <summary>Lines of the file before the YAML's first line: the opening fence.</summary>
    public const int YamlLineOffset = 1;
}
