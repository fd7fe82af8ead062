using System.Text;

namespace PlaybookPortal.Markdown.Links;

/// <summary>Encodes text for a double-quoted HTML attribute value.</summary>
internal static class AttributeText
{
    public static StringBuilder Append(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }
}
