using Markdig.Parsers;
using Markdig.Syntax;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// A kramdown block attribute list on a line of its own, such as
/// <c>{: .alert .alert-success}</c>. It applies to the block before it and renders nothing.
/// </summary>
internal sealed class AttributeLineBlock(BlockParser parser) : LeafBlock(parser)
{
    /// <summary>The list as written, braces included.</summary>
    public required string Attributes { get; init; }
}
