using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// How often a playbook should be reviewed (front matter <c>review_every</c>), held as a
/// whole number of days so that "past due" is simple date arithmetic.
/// </summary>
/// <remarks>
/// A month counts as 30 days and a year as 365: review reminders need no calendar
/// precision, and storing days keeps the value comparable. Immutable; thread-safe.
/// </remarks>
public sealed partial record ReviewInterval
{
    /// <summary>The longest interval accepted: a hundred years.</summary>
    public const int MaxDays = 36_500;

    private ReviewInterval(int days) => Days = days;

    /// <summary>The interval in days; always between 1 and <see cref="MaxDays"/>.</summary>
    public int Days { get; }

    /// <summary>Creates an interval of <paramref name="days"/> days.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 1 to <see cref="MaxDays"/>.</exception>
    public static ReviewInterval FromDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        return new ReviewInterval(days);
    }

    /// <summary>
    /// Reads <c>90</c> (days), <c>90d</c>, <c>6w</c>, <c>3 months</c>, <c>1y</c> and the
    /// spelled-out units (day, week, month, year, singular or plural), ignoring case.
    /// </summary>
    /// <returns>False for null, blank, zero, negative, too long or unreadable text.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReviewInterval? interval)
    {
        interval = null;
        var match = text is null ? Match.Empty : IntervalPattern().Match(text);
        if (!match.Success
            || !long.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        long? days = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" or "d" or "day" or "days" => n,
            "w" or "wk" or "wks" or "week" or "weeks" => n * 7,
            "m" or "mo" or "mos" or "month" or "months" => n * 30,
            "y" or "yr" or "yrs" or "year" or "years" => n * 365,
            _ => null,
        };
        if (days is not (>= 1 and <= MaxDays))
        {
            return false;
        }

        interval = new ReviewInterval((int)days.Value);
        return true;
    }

    /// <summary>The day a review falls due after one on <paramref name="lastReviewed"/>.</summary>
    public DateOnly DueAfter(DateOnly lastReviewed) => lastReviewed.AddDays(Days);

    /// <summary>The interval as days, e.g. <c>90d</c>.</summary>
    public override string ToString() => Days.ToString(CultureInfo.InvariantCulture) + "d";

    [GeneratedRegex(@"^\s*(?<n>\d{1,9})\s*(?<unit>[a-zA-Z]*)\s*$")]
    private static partial Regex IntervalPattern();
}
