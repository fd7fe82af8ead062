namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>One step row of the path editor.</summary>
public sealed class PathStepInput
{
    /// <summary>The step's id; blank for a new step, which then takes one from its title.</summary>
    public string? Id { get; set; }

    /// <summary>True for a step already saved: its id is kept so reps' progress stays attached.</summary>
    public bool IsSaved { get; set; }

    public string? Kind { get; set; } = "task";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? DueDay { get; set; } = "0";

    public bool Required { get; set; } = true;

    public string? Playbook { get; set; }

    public string? Skill { get; set; }

    public string? Level { get; set; }
}
