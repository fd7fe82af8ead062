namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// What came of an enrollment request: the new enrollment's id, or why it was refused.
/// <see cref="Field"/> names the input the refusal is about (UserId, PathId or StartDate).
/// </summary>
public sealed record EnrollmentOutcome(long? EnrollmentId, string? Field, string? Message)
{
    public bool Succeeded => EnrollmentId is not null;

    public static EnrollmentOutcome Enrolled(long id) => new(id, null, null);

    public static EnrollmentOutcome Refused(string field, string message) => new(null, field, message);
}
