namespace PlaybookPortal.Core.Links;

/// <summary>Where a link inside content may point within the portal.</summary>
/// <param name="CandidateSlugs">
/// Slugs to try in order, most likely first; never empty. The first that names a playbook
/// the reader may read wins; when none does, the link renders as broken.
/// </param>
/// <param name="Fragment">The anchor after <c>#</c>, percent-decoded; null when absent.</param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record InternalLinkTarget(IReadOnlyList<string> CandidateSlugs, string? Fragment);
