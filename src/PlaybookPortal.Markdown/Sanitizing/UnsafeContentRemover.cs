using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// Removes scripts, styles, plug-ins, frames, SVG, MathML and similar elements together with
/// their content before sanitizing. The sanitizer keeps the text of elements it unwraps (so
/// <c>&lt;font&gt;</c> or <c>&lt;center&gt;</c> lose only their tags), which would otherwise turn
/// a script's code or a style sheet into visible text.
/// </summary>
internal static class UnsafeContentRemover
{
    public static void Remove(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (AllowedMarkup.RemovedWithContent.Contains(element.LocalName))
            {
                element.Remove();
            }
        }
    }
}
