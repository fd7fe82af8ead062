using Markdig.Syntax;

namespace PlaybookPortal.Markdown.Pipeline;

/// <summary>
/// Walks Markdig syntax trees with an explicit stack: untrusted input may nest deeply, and a
/// stack overflow cannot be caught.
/// </summary>
internal static class SyntaxTree
{
    /// <summary>Every block below <paramref name="root"/> in document order.</summary>
    public static IEnumerable<Block> Blocks(ContainerBlock root)
    {
        var pending = new Stack<Block>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var block = pending.Pop();
            yield return block;
            if (block is ContainerBlock container)
            {
                PushChildren(pending, container);
            }
        }
    }

    /// <summary>Every block of type <typeparamref name="T"/> below <paramref name="root"/>.</summary>
    public static List<T> Blocks<T>(ContainerBlock root)
        where T : Block => [.. Blocks(root).OfType<T>()];

    /// <summary>
    /// How many ancestors of <paramref name="block"/>, up to the document, satisfy
    /// <paramref name="counts"/>.
    /// </summary>
    public static int CountAncestors(Block block, Func<Block, bool> counts)
    {
        var count = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (counts(parent))
            {
                count++;
            }
        }

        return count;
    }

    private static void PushChildren(Stack<Block> pending, ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push(container[i]);
        }
    }
}
