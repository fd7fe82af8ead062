using Markdig.Syntax;
using PlaybookPortal.Markdown.Headings;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>A heading block of a parsed playbook with its outline entry.</summary>
internal sealed record ParsedHeading(HeadingBlock Block, OutlineHeading Outline);
