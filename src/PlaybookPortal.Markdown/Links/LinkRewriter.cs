using System.Globalization;
using AngleSharp.Dom;
using PlaybookPortal.Markdown.Sanitizing;

namespace PlaybookPortal.Markdown.Links;

/// <summary>
/// Runs on sanitized HTML. Links the portal must resolve per request become
/// <c>&lt;a data-pp-link="N"&gt;</c> placeholders (no href, no other attributes) and are listed
/// in order; external links get <c>class="external"</c> and <c>rel="noopener noreferrer"</c>;
/// <c>#fragment</c> links stay; anchors without a usable target are unwrapped to their text.
/// </summary>
internal static class LinkRewriter
{
    public static List<LinkPlaceholder> Rewrite(IElement root)
    {
        var placeholders = new List<LinkPlaceholder>();
        foreach (var anchor in root.QuerySelectorAll("a").ToList())
        {
            var href = anchor.GetAttribute("href");
            switch (LinkTargetClassifier.Classify(href))
            {
                case LinkTargetKind.Fragment:
                    break;
                case LinkTargetKind.External:
                    anchor.ClassList.Add("external");
                    anchor.SetAttribute("rel", "noopener noreferrer");
                    break;
                case LinkTargetKind.Internal:
                    var placeholder = new LinkPlaceholder(placeholders.Count, href!);
                    ReplaceWithPlaceholder(anchor, placeholder.Index);
                    placeholders.Add(placeholder);
                    break;
                default:
                    DomNodes.Unwrap(anchor);
                    break;
            }
        }

        return placeholders;
    }

    private static void ReplaceWithPlaceholder(IElement anchor, int index)
    {
        var placeholder = anchor.Owner!.CreateElement("a");
        placeholder.SetAttribute("data-pp-link", index.ToString(CultureInfo.InvariantCulture));
        DomNodes.MoveChildren(anchor, placeholder);
        anchor.Replace(placeholder);
    }
}
