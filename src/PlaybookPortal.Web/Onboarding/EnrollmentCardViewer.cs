namespace PlaybookPortal.Web.Onboarding;

/// <summary>
/// Who looks at the cards and what they may do: tick their own tasks (the rep) or sign off
/// (the rep's manager or staff). <paramref name="ReturnUrl"/> is where read steps lead back to.
/// </summary>
public sealed record EnrollmentCardViewer(bool IsRep, bool MaySignOff, string ActionUrl, string ReturnUrl);
