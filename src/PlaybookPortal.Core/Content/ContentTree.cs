namespace PlaybookPortal.Core.Content;

/// <summary>What <see cref="ContentDiscovery.Discover"/> found under a content root.</summary>
/// <remarks>
/// Every file under the root is in exactly one of <see cref="Playbooks"/>,
/// <see cref="Skipped"/>, <see cref="OnboardingFiles"/>, <see cref="SkillFiles"/> and
/// <see cref="PositionsFile"/>, except the files inside folders that were not entered
/// (hidden folders, folder links), which appear once as the folder. Lists are sorted by
/// relative path (ordinal) and never null; paths use '/'. Immutable; thread-safe.
/// </remarks>
public sealed record ContentTree
{
    /// <summary>The content root as an absolute path.</summary>
    public required string Root { get; init; }

    /// <summary>
    /// The folder playbook paths are relative to: <c>Root/playbooks</c> when it exists,
    /// else <see cref="Root"/> itself.
    /// </summary>
    public required string PlaybooksRoot { get; init; }

    /// <summary>True when the root has a <c>playbooks/</c> folder.</summary>
    public required bool HasPlaybooksFolder { get; init; }

    /// <summary>The playbooks, slugs unique (files sharing a slug are left out).</summary>
    public required IReadOnlyList<DiscoveredPlaybook> Playbooks { get; init; }

    /// <summary>Files not taken, each with its reason.</summary>
    public required IReadOnlyList<SkippedFile> Skipped { get; init; }

    /// <summary><c>onboarding/*.yaml|yml</c>, relative to <see cref="Root"/>.</summary>
    public required IReadOnlyList<string> OnboardingFiles { get; init; }

    /// <summary><c>skills/**/*.yaml|yml</c>, relative to <see cref="Root"/>.</summary>
    public required IReadOnlyList<string> SkillFiles { get; init; }

    /// <summary><c>positions.yaml</c> relative to <see cref="Root"/>; null when absent.</summary>
    public string? PositionsFile { get; init; }

    /// <summary>
    /// Errors (a shared slug) and warnings (an unreadable folder), paths relative to
    /// <see cref="Root"/>.
    /// </summary>
    public required IReadOnlyList<ContentProblem> Problems { get; init; }

    /// <summary>How many entries were skipped for each reason, reasons in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> CountSkippedByReason() =>
        new SortedDictionary<string, int>(
            Skipped.GroupBy(s => s.Reason).ToDictionary(g => g.Key, g => g.Count()),
            StringComparer.Ordinal);
}
