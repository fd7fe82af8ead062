using Markdig.Syntax;
using PlaybookPortal.Markdown.Callouts;
using PlaybookPortal.Markdown.Pipeline;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>
/// Applies kramdown attribute lines after parsing: an <c>.alert-*</c> line turns the block
/// before it into a portal callout (a block quote's content moves into the callout instead of
/// being quoted twice); every attribute line is then removed from the tree.
/// </summary>
internal static class AttributeLineApplier
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var line in SyntaxTree.Blocks<AttributeLineBlock>(document))
        {
            var parent = line.Parent!;
            var index = parent.IndexOf(line);
            parent.RemoveAt(index);

            var kind = AttributeLines.CalloutKind(line.Attributes);
            if (kind is not null && index > 0 && CanBecomeCallout(parent[index - 1]))
            {
                WrapInCallout(parent, index - 1, kind);
            }
        }
    }

    private static bool CanBecomeCallout(Block block) =>
        block is not (HeadingBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup
            or CalloutBlock or AttributeLineBlock);

    private static void WrapInCallout(ContainerBlock parent, int index, string kind)
    {
        var target = parent[index];
        parent.RemoveAt(index);

        var callout = new CalloutBlock { Kind = kind };
        if (target is QuoteBlock quote)
        {
            quote.TransferChildrenTo(callout);
        }
        else
        {
            callout.Add(target);
        }

        parent.Insert(index, callout);
    }
}
