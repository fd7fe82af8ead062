namespace PlaybookPortal.Data.Skills;

/// <summary>Sizes the assessment columns allow, checked before saving so input errors get a message.</summary>
public static class AssessmentLimits
{
    public const int NoteLength = 4000;
}
