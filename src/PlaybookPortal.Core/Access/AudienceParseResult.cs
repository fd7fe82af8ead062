namespace PlaybookPortal.Core.Access;

/// <summary>The audience read from a playbook's front matter.</summary>
/// <param name="Audience">
/// The audience; <see cref="Access.Audience.StaffOnly"/> whenever
/// <paramref name="UnknownValues"/> is not empty.
/// </param>
/// <param name="UnknownValues">
/// Values naming no role or position, as written; each is an import error.
/// </param>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed record AudienceParseResult(Audience Audience, IReadOnlyList<string> UnknownValues);
