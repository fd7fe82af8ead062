using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Components;

/// <summary>The words an enrollment status is shown and exported as, and its <c>?status=</c> value.</summary>
public static class EnrollmentStatusText
{
    public static string Words(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.NotStarted => "Not started",
        EnrollmentStatus.OnTrack => "On track",
        EnrollmentStatus.Behind => "Behind",
        EnrollmentStatus.Finished => "Finished",
        _ => status.ToString(),
    };

    /// <summary>The value a filter link carries: the enum name in lower case.</summary>
    public static string QueryValue(EnrollmentStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The status a <c>?status=</c> value names, or null for none or anything unknown.</summary>
    public static EnrollmentStatus? Parse(string? value) =>
        Enum.TryParse<EnrollmentStatus>(value, ignoreCase: true, out var status)
            && Enum.IsDefined(status) && !int.TryParse(value, out _)
            ? status : null;
}
