namespace PlaybookPortal.Data.Onboarding;

/// <summary>An admin setting: new users of a position are enrolled on a path automatically.</summary>
public class AutoEnrollRule
{
    public string PositionId { get; set; } = "";

    public string PathId { get; set; } = "";
}
