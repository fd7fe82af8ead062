using System.Globalization;

namespace PlaybookPortal.Core.Skills;

/// <summary>
/// Reads the <c>assessed_at_utc</c> cell: ISO 8601 with a zone, such as
/// <c>2026-03-01T09:30:00Z</c>, with up to seven fractional digits (what the export writes) or
/// an explicit offset (converted to UTC). A time without a zone is refused rather than guessed,
/// since the same text means different instants in different offices. Pure.
/// </summary>
public static class AssessmentTimeText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mmzzz",
    ];

    /// <summary>The instant as UTC, or false with <paramref name="error"/> saying what is wrong.</summary>
    public static bool TryParse(string? text, out DateTime utc, out string? error)
    {
        utc = default;
        error = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = "assessed_at_utc is empty; write the time as 2026-03-01T09:30:00Z";
            return false;
        }

        if (!DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var instant))
        {
            error = $"assessed_at_utc \"{trimmed}\" is not an ISO 8601 time with a zone, such as 2026-03-01T09:30:00Z";
            return false;
        }

        utc = instant.UtcDateTime;
        return true;
    }
}
