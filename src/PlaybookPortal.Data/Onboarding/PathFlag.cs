namespace PlaybookPortal.Data.Onboarding;

/// <summary>One thing wrong with a path, shown as a warning: paths with flags stay usable.</summary>
/// <param name="PathId">The flagged path.</param>
/// <param name="StepId">The step concerned; null for the path as a whole.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="PlaybookId">For playbook flags: the playbook concerned, when it exists.</param>
/// <param name="Positions">For <see cref="PathFlagKind.PlaybookNotReadable"/> and unknown positions: which.</param>
/// <param name="Message">The problem in words, naming the step and positions but no playbook title.</param>
public sealed record PathFlag(
    string PathId,
    string? StepId,
    PathFlagKind Kind,
    string? PlaybookId,
    IReadOnlyList<string> Positions,
    string Message);
