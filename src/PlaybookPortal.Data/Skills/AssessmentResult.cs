namespace PlaybookPortal.Data.Skills;

/// <summary>The outcome of <see cref="AssessmentRecorder.RecordAsync"/> and the row saved, if any.</summary>
public sealed record AssessmentResult(AssessmentOutcome Outcome, Assessment? Assessment = null)
{
    public bool IsRecorded => Outcome == AssessmentOutcome.Recorded;
}
