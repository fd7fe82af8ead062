using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// An ordered list of steps for one or more positions. Shared paths live as YAML in
/// <c>onboarding/</c>; a personal path (a rep's training plan turned into a path) lives in the
/// database only and is never exported.
/// </summary>
public class OnboardingPath
{
    /// <summary>The path's <c>id</c> from its YAML file; stable across title changes.</summary>
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Position ids the path is meant for.</summary>
    public List<OnboardingPathPosition> Positions { get; set; } = [];

    /// <summary>Every step the path ever had, removed ones included (see <see cref="OnboardingStep.RemovedUtc"/>).</summary>
    public List<OnboardingStep> Steps { get; set; } = [];

    /// <summary>The rep a personal path was made for; null for a shared path.</summary>
    public string? PersonalForUserId { get; set; }

    /// <summary>Archived paths take no new enrollments; open ones continue.</summary>
    public bool IsArchived { get; set; }

    /// <summary>
    /// The path as YAML, exactly as imported or as last written by the editor; export writes
    /// it back byte for byte.
    /// </summary>
    public string SourceText { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string? UpdatedByName { get; set; }

    /// <summary>
    /// Where the YAML file was imported from and the hash of what it held then. A
    /// <see cref="SourceText"/> whose hash differs was edited in the portal since.
    /// </summary>
    public ContentSource? Source { get; set; }

    /// <summary>Optimistic concurrency: two editors saving the same path find out.</summary>
    public int Version { get; set; }
}
