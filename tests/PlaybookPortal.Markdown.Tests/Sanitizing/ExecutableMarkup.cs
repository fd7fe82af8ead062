using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace PlaybookPortal.Markdown.Tests.Sanitizing;

/// <summary>
/// Looks for anything a browser could execute in rendered HTML, by parsing it as a browser
/// would: script-capable elements, event handlers, inline style, srcdoc, script URLs (however
/// spelled) and link placeholders that carry more than their number.
/// </summary>
public static partial class ExecutableMarkup
{
    private static readonly string[] Elements =
        ["script", "style", "iframe", "svg", "math", "object", "embed", "link", "meta", "base", "form",
         "frame", "frameset", "noscript", "template"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data"];

    /// <summary>A description of the first executable thing found, or null.</summary>
    public static string? Find(string html)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (Elements.Contains(element.LocalName))
            {
                return $"<{element.LocalName}> element";
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal) || name is "style" or "srcdoc")
                {
                    return $"{name} attribute";
                }

                var target = Invisible().Replace(attribute.Value, string.Empty);
                if (UrlAttributes.Contains(name) && ScriptScheme().IsMatch(target))
                {
                    return $"script URL in {name}";
                }
            }

            if (element.HasAttribute("data-pp-link") && element.Attributes.Length > 1)
            {
                return "link placeholder with extra attributes";
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\u0000-\u0020\u007F]")]
    private static partial Regex Invisible();

    [GeneratedRegex("^(javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptScheme();
}
