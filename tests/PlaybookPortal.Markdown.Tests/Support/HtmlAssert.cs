using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PlaybookPortal.Markdown.Tests.Support;

/// <summary>
/// Compares HTML by meaning rather than by bytes: both sides are parsed, then written out one
/// node per line with attributes and classes sorted, white space in text collapsed and
/// white-space-only text dropped (except inside <c>pre</c>).
/// </summary>
public static class HtmlAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var expectedCanonical = Canonical(expected);
        var actualCanonical = Canonical(actual);

        Assert.True(
            expectedCanonical == actualCanonical,
            $"HTML differs.\n--- expected ---\n{expectedCanonical}\n--- actual ---\n{actualCanonical}"
            + $"\n--- actual as rendered ---\n{actual}");
    }

    public static string Canonical(string html)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        var output = new StringBuilder();
        foreach (var child in document.Body!.ChildNodes)
        {
            Write(child, 0, output, insidePre: false);
        }

        return output.ToString().TrimEnd();
    }

    private static void Write(INode node, int depth, StringBuilder output, bool insidePre)
    {
        var indent = new string(' ', depth * 2);
        if (node is IText text)
        {
            var value = insidePre
                ? text.Data.Replace("\n", "\\n", StringComparison.Ordinal)
                : Collapse(text.Data);
            if (value.Length > 0)
            {
                output.Append(indent).Append('"').Append(value).AppendLine("\"");
            }

            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        output.Append(indent).Append('<').Append(element.LocalName);
        foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var value = attribute.Name == "class"
                ? string.Join(' ', element.ClassList.Order(StringComparer.Ordinal))
                : attribute.Value;
            output.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
        }

        output.AppendLine(">");
        var pre = insidePre || element.LocalName == "pre";
        foreach (var child in element.ChildNodes)
        {
            Write(child, depth + 1, output, pre);
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
