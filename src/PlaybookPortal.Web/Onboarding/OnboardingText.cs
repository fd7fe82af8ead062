using System.Globalization;
using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>How onboarding dates, times and step kinds read on the pages: with the weekday, in
/// the portal's zone (the caller converts), the same whatever the server's culture.</summary>
public static class OnboardingText
{
    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Moment(DateTime local) => local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Kind(StepKind kind) => kind switch
    {
        StepKind.Read => "Read",
        StepKind.Task => "Task",
        StepKind.Signoff => "Sign-off",
        StepKind.Assessment => "Assessment",
        _ => kind.ToString(),
    };

    public static string Status(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.NotStarted => "Not started",
        EnrollmentStatus.OnTrack => "On track",
        EnrollmentStatus.Behind => "Behind",
        EnrollmentStatus.Finished => "Finished",
        _ => status.ToString(),
    };
}
