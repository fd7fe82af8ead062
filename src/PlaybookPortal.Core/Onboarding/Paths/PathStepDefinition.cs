namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>One step of a path as its YAML file describes it.</summary>
/// <param name="Id">The step's id, unique within its path and stable across title changes.</param>
/// <param name="Kind">What the rep does to complete it.</param>
/// <param name="Title">The name shown to people.</param>
/// <param name="Description">What to do and why; null when not given.</param>
/// <param name="DueDay">Calendar days after the start date; 0 or more.</param>
/// <param name="Required">Whether the step counts towards the path's percentage.</param>
/// <param name="Playbook">For <see cref="StepKind.Read"/>: the playbook's slug; else null.</param>
/// <param name="SkillId">For <see cref="StepKind.Assessment"/>: the skill's id; else null.</param>
/// <param name="Level">For <see cref="StepKind.Assessment"/>: the level 0–4 to reach; else null.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record PathStepDefinition(
    string Id,
    StepKind Kind,
    string Title,
    string? Description,
    int DueDay,
    bool Required,
    string? Playbook,
    string? SkillId,
    int? Level)
{
    /// <summary>The step's 1-based line in its file; null when not read from one.</summary>
    public int? Line { get; init; }
}
