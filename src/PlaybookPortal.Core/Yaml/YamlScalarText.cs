using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Core.Yaml;

/// <summary>
/// Writes text as a YAML scalar that reads back as exactly that text: plain when nothing in it
/// could be taken for YAML syntax or another type, double-quoted with escapes otherwise.
/// </summary>
/// <remarks>
/// The plain form is chosen conservatively (YAML 1.1 and 1.2 rules at once), because a
/// value written into a playbook may be read later by tools other than the portal.
/// </remarks>
internal static partial class YamlScalarText
{
    // Characters that start an indicator (YAML 1.2 §5.3) when they open a plain scalar.
    private const string IndicatorStarts = "-?:,[]{}#&*!|>'\"%@`";

    // Characters that end or split a flow collection item.
    private const string FlowIndicators = ",[]{}";

    /// <summary>The text as a block-context scalar, e.g. a value after <c>title: </c>.</summary>
    public static string Write(string text) => IsPlainSafe(text, inFlow: false) ? text : Quote(text);

    /// <summary>The items as a flow sequence, <c>[a, "b: c"]</c>.</summary>
    public static string WriteFlowList(IEnumerable<string> items) =>
        "[" + string.Join(", ", items.Select(i => IsPlainSafe(i, inFlow: true) ? i : Quote(i))) + "]";

    private static bool IsPlainSafe(string text, bool inFlow) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0])
        && !char.IsWhiteSpace(text[^1])
        && !IndicatorStarts.Contains(text[0], StringComparison.Ordinal)
        && !text.EndsWith(':')
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
        && !text.Contains(":\t", StringComparison.Ordinal)
        && !text.Contains("\t#", StringComparison.Ordinal)
        && !(inFlow && text.AsSpan().IndexOfAny(FlowIndicators) >= 0)
        && text.All(IsPrintableInline)
        && !LooksLikeAnotherType().IsMatch(text);

    // Line breaks, tabs and other controls are only safe escaped; so is a stray BOM.
    private static bool IsPrintableInline(char c) =>
        c >= ' ' && c != '\u007F' && c != '\u0085' && c != '\u2028' && c != '\u2029' && c != '\uFEFF';

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when c < ' ' || c == '\u007F' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                '\uFEFF' => "\\uFEFF",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    // Booleans and nulls of YAML 1.1 (yes, no, on, off, y, n) as well as 1.2, numbers in any
    // base, infinities and NaN: written plain, a schema-aware reader would not see text.
    [GeneratedRegex(
        @"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.inf|\.nan" +
        @"|[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:e[-+]?\d+)?|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeAnotherType();
}
