using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>One enrollment with its rep, path and progress, as the onboarding pages show it.</summary>
public sealed record EnrollmentView(
    long EnrollmentId,
    string UserId,
    string UserName,
    string? UserEmail,
    int? TeamId,
    string? TeamName,
    string PathId,
    string PathTitle,
    EnrollmentProgress Progress);
