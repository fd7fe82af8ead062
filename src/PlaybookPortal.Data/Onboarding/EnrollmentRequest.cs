namespace PlaybookPortal.Data.Onboarding;

/// <summary>Put <paramref name="UserId"/> on <paramref name="PathId"/> from <paramref name="StartDate"/> (a local date).</summary>
public sealed record EnrollmentRequest(string UserId, string PathId, DateOnly StartDate);
