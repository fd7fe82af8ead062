using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>Small DOM moves shared by the sanitizing steps.</summary>
internal static class DomNodes
{
    /// <summary>Replaces <paramref name="element"/> by its children.</summary>
    public static void Unwrap(IElement element)
    {
        element.Replace([.. element.ChildNodes]);
    }

    /// <summary>Moves the children of <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static void MoveChildren(IElement from, IElement to)
    {
        to.Append([.. from.ChildNodes]);
    }
}
