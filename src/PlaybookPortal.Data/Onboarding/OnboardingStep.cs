using PlaybookPortal.Core.Onboarding;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// One step of a path. A step removed from the path keeps its row (with
/// <see cref="RemovedUtc"/>) so those who did it still see it in their history.
/// </summary>
public class OnboardingStep
{
    /// <summary>Database key; completions point here.</summary>
    public long Key { get; set; }

    public string PathId { get; set; } = "";

    /// <summary>The step's <c>id</c> within its path; stable across title changes.</summary>
    public string StepId { get; set; } = "";

    /// <summary>Position in the path, from 0.</summary>
    public int Order { get; set; }

    public StepKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Calendar days after the start date (day 0 is the start date).</summary>
    public int DueDay { get; set; }

    /// <summary>Percentages count required steps only.</summary>
    public bool Required { get; set; } = true;

    /// <summary>For <see cref="StepKind.Read"/>: the playbook as the YAML names it (slug or id).</summary>
    public string? PlaybookRef { get; set; }

    /// <summary>For <see cref="StepKind.Read"/>: the playbook <see cref="PlaybookRef"/> resolved to, when it exists.</summary>
    public string? PlaybookId { get; set; }

    /// <summary>For <see cref="StepKind.Assessment"/>: the skill to reach.</summary>
    public string? SkillId { get; set; }

    /// <summary>For <see cref="StepKind.Assessment"/>: the level (0–4) to reach.</summary>
    public int? Level { get; set; }

    /// <summary>
    /// When the step joined the path. Open enrollments that started before then count its due
    /// day from this day instead of their start date.
    /// </summary>
    public DateTime AddedUtc { get; set; }

    /// <summary>When the step left the path; null while it is part of it.</summary>
    public DateTime? RemovedUtc { get; set; }
}
