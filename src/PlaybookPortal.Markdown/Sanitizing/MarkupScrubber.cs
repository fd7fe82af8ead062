using AngleSharp.Dom;

namespace PlaybookPortal.Markdown.Sanitizing;

/// <summary>
/// Tightens what the sanitizer let through: ids survive only where our renderers wrote them
/// (behind the private prefix, which is removed here); classes only when the portal's stylesheet
/// knows them; inputs only as disabled checkboxes (task lists); a paragraph that is the only
/// content of a <c>&lt;summary&gt;</c> is unwrapped, and paragraphs left empty by removed
/// elements go.
/// </summary>
internal static class MarkupScrubber
{
    public static void Scrub(IElement root, string idPrefix)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            ScrubId(element, idPrefix);
            ScrubClasses(element);
            if (element.LocalName == "input")
            {
                ScrubInput(element);
            }
            else if (element.LocalName == "summary")
            {
                UnwrapOnlyParagraph(element);
            }
        }

        foreach (var paragraph in root.QuerySelectorAll("p").ToList())
        {
            if (paragraph.Children.Length == 0 && string.IsNullOrWhiteSpace(paragraph.TextContent))
            {
                paragraph.Remove();
            }
        }
    }

    private static void ScrubId(IElement element, string idPrefix)
    {
        var id = element.GetAttribute("id");
        if (id is null)
        {
            return;
        }

        if (id.Length > idPrefix.Length && id.StartsWith(idPrefix, StringComparison.Ordinal))
        {
            element.SetAttribute("id", id[idPrefix.Length..]);
        }
        else
        {
            element.RemoveAttribute("id");
        }
    }

    private static void ScrubClasses(IElement element)
    {
        if (!element.HasAttribute("class"))
        {
            return;
        }

        var kept = element.ClassList.Where(AllowedMarkup.IsPortalClass).ToArray();
        if (kept.Length == 0)
        {
            element.RemoveAttribute("class");
        }
        else
        {
            element.SetAttribute("class", string.Join(' ', kept));
        }
    }

    private static void ScrubInput(IElement input)
    {
        if (!string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
        {
            input.Remove();
            return;
        }

        input.SetAttribute("disabled", "disabled");
        input.RemoveAttribute("value");
    }

    private static void UnwrapOnlyParagraph(IElement summary)
    {
        var hasOtherText = summary.ChildNodes
            .Any(static node => node is IText text && !string.IsNullOrWhiteSpace(text.Data));
        if (summary.Children is [{ LocalName: "p" } paragraph] && !hasOtherText)
        {
            DomNodes.Unwrap(paragraph);
            summary.Normalize();
            TrimEdges(summary);
        }
    }

    private static void TrimEdges(IElement element)
    {
        if (element.FirstChild is IText first)
        {
            first.Data = first.Data.TrimStart();
        }

        if (element.LastChild is IText last)
        {
            last.Data = last.Data.TrimEnd();
        }
    }
}
