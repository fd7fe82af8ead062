namespace PlaybookPortal.Data.Onboarding;

/// <summary>Says that a path is meant for a position.</summary>
public class OnboardingPathPosition
{
    public string PathId { get; set; } = "";

    public string PositionId { get; set; } = "";
}
