using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Yaml;

/// <summary>Small readings of representation-model nodes shared by the content parsers.</summary>
internal static class YamlNodes
{
    /// <summary>
    /// True for YAML's null: an empty or <c>~</c> or <c>null</c> plain scalar. A quoted
    /// <c>""</c> is an empty string, not null.
    /// </summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The scalar's text trimmed, or null when it is null or blank.</summary>
    public static string? TextOf(YamlScalarNode scalar)
    {
        if (IsNull(scalar))
        {
            return null;
        }

        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The node's 1-based line within its YAML text.</summary>
    public static int LineOf(YamlNode node) => (int)Math.Max(1, node.Start.Line);

    /// <summary>Names the node's kind for a message: "text", "a list" or "a mapping".</summary>
    public static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "text",
    };

    /// <summary>
    /// A one-line flow rendering (<c>[a, b]</c>, <c>{k: v}</c>) of a list or mapping, for
    /// showing a raw value; it is not meant to be parsed again.
    /// </summary>
    public static string FlowText(YamlNode node)
    {
        var builder = new StringBuilder();
        AppendFlow(builder, node, YamlLoader.MaxDepth);
        return builder.ToString();
    }

    private static void AppendFlow(StringBuilder builder, YamlNode node, int depthLeft)
    {
        if (depthLeft == 0)
        {
            builder.Append('…');
            return;
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                builder.Append(IsNull(scalar) ? "null" : scalar.Value);
                break;
            case YamlSequenceNode sequence:
                builder.Append('[');
                AppendJoined(builder, sequence.Children, (b, n) => AppendFlow(b, n, depthLeft - 1));
                builder.Append(']');
                break;
            case YamlMappingNode mapping:
                builder.Append('{');
                AppendJoined(builder, mapping.Children, (b, pair) =>
                {
                    AppendFlow(b, pair.Key, depthLeft - 1);
                    b.Append(": ");
                    AppendFlow(b, pair.Value, depthLeft - 1);
                });
                builder.Append('}');
                break;
        }
    }

    private static void AppendJoined<T>(
        StringBuilder builder, IEnumerable<T> items, Action<StringBuilder, T> append)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            append(builder, item);
            first = false;
        }
    }
}
