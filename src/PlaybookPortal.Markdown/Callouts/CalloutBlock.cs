using Markdig.Syntax;

namespace PlaybookPortal.Markdown.Callouts;

/// <summary>
/// A portal callout box holding the blocks that a kramdown <c>.alert-*</c> attribute line
/// marked.
/// </summary>
internal sealed class CalloutBlock() : ContainerBlock(null)
{
    /// <summary>success, info, warning, danger or note.</summary>
    public required string Kind { get; init; }
}
