using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace PlaybookPortal.Components;

/// <summary>
/// Tells readers a playbook is due for review. The words carry the meaning, the colour only
/// repeats it; the dates go into the title. Renders nothing when the playbook is not due.
/// </summary>
public partial class ReviewBadge
{
    [Parameter]
    public bool DueForReview { get; set; }

    [Parameter]
    public DateOnly? LastReviewed { get; set; }

    [Parameter]
    public int? ReviewEveryDays { get; set; }

    private string Detail
    {
        get
        {
            var reviewed = LastReviewed is { } date
                ? "Last reviewed " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : "Never reviewed";

            return ReviewEveryDays switch
            {
                null => reviewed,
                1 => reviewed + "; review every day",
                { } days => string.Create(
                    CultureInfo.InvariantCulture, $"{reviewed}; review every {days} days"),
            };
        }
    }
}
