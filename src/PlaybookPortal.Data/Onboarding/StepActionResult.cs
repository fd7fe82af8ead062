namespace PlaybookPortal.Data.Onboarding;

public enum StepActionResult
{
    Done = 0,

    /// <summary>No such enrollment or step for this actor; pages answer 404.</summary>
    NotFound = 1,

    /// <summary>Not allowed or invalid; the message says why, for the form.</summary>
    Refused = 2,
}
