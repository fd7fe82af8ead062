using System.Text.RegularExpressions;

namespace PlaybookPortal.Markdown.Kramdown;

/// <summary>What a kramdown attribute list such as <c>{: .alert .alert-success}</c> asks for.</summary>
internal static partial class AttributeLines
{
    /// <summary>True when the list carries an <c>.alert-*</c> class.</summary>
    public static bool IsCallout(string attributeList) => AlertClass().IsMatch(attributeList);

    /// <summary>
    /// The portal callout kind for the list's <c>.alert-*</c> class: success, info, warning,
    /// danger or note; null when it has none.
    /// </summary>
    public static string? CalloutKind(string attributeList)
    {
        var match = AlertClass().Match(attributeList);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "success" or "tip" => "success",
            "info" => "info",
            "warning" => "warning",
            "danger" or "error" => "danger",
            _ => "note",
        };
    }

    [GeneratedRegex(@"\.alert-(?<kind>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex AlertClass();
}
