using AngleSharp.Dom;
using Markdig.Syntax;

namespace PlaybookPortal.Markdown.Limits;

/// <summary>
/// Measures nesting without recursion, so a pathological page is measured, not a stack
/// overflow. Renderers recurse by depth; these numbers decide whether rendering is safe.
/// </summary>
internal static class NestingDepth
{
    /// <summary>Deepest nesting of container blocks (lists, quotes, footnotes) in a Markdown tree.</summary>
    public static int Of(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(Block Block, int Depth)>();
        foreach (var block in document)
        {
            pending.Push((block, 0));
        }

        while (pending.Count > 0)
        {
            var (block, depth) = pending.Pop();
            if (block is not ContainerBlock container)
            {
                continue;
            }

            // A list item sits inside its list: count the pair as one level, as a reader would.
            var own = block is ListItemBlock ? depth : depth + 1;
            deepest = Math.Max(deepest, own);
            foreach (var child in container)
            {
                pending.Push((child, own));
            }
        }

        return deepest;
    }

    /// <summary>Deepest element nesting below <paramref name="root"/>.</summary>
    public static int Of(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
