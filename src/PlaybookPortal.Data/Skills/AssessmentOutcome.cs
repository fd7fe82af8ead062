namespace PlaybookPortal.Data.Skills;

/// <summary>What became of a request to record an assessment.</summary>
public enum AssessmentOutcome
{
    Recorded = 0,

    /// <summary>No such person, or one the viewer may not see: pages answer 404.</summary>
    PersonNotFound = 1,

    /// <summary>The viewer sees the person but may not assess them.</summary>
    Refused = 2,

    UnknownSkill = 3,

    InvalidLevel = 4,

    NoteTooLong = 5,
}
