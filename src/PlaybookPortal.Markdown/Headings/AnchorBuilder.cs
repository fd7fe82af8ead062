using System.Globalization;
using System.Text;

namespace PlaybookPortal.Markdown.Headings;

/// <summary>
/// Gives headings anchors that are unique within a page and stable across renders: lower-case,
/// Unicode letters and digits kept (so "Вопросы клиентов" keeps its words), everything else
/// folded to single hyphens. Natural anchors are reserved first, so a repeated "Schritt"
/// becomes "schritt-2" and never takes "schritt-1" from a heading that is literally "Schritt 1".
/// </summary>
internal static class AnchorBuilder
{
    public const string Fallback = "section";

    public static IReadOnlyList<string> Assign(IReadOnlyList<string> headingTexts)
    {
        var natural = headingTexts.Select(Slugify).ToList();
        var reserved = natural.ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new List<string>(natural.Count);
        foreach (var anchor in natural)
        {
            var chosen = anchor;
            for (var n = 2; used.Contains(chosen) || (chosen != anchor && reserved.Contains(chosen)); n++)
            {
                chosen = string.Create(CultureInfo.InvariantCulture, $"{anchor}-{n}");
            }

            used.Add(chosen);
            anchors.Add(chosen);
        }

        return anchors;
    }

    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/')
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? Fallback : builder.ToString();
    }
}
