using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Data.Catalog;

/// <summary>
/// What lists, visibility checks, link resolution and related playbooks need of a playbook,
/// held in memory so no request parses Markdown or joins tag tables.
/// </summary>
public sealed record PlaybookEntry(
    string Id,
    string Slug,
    string Title,
    string? Summary,
    string? Category,
    Audience Audience,
    PlaybookStatus Status,
    string Language,
    string? Owner,
    int? ReviewEveryDays,
    DateOnly? LastReviewed,
    bool RequiresAck,
    bool NoIndex,
    string? RedirectTo,
    bool TitleFromHeading,
    bool SummaryFromBody,
    long? CurrentRevisionId,
    DateTime UpdatedUtc,
    string? SourceRelativePath,
    string? Problems,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Skills,
    IReadOnlySet<string> LinkTargets)
{
    public bool IsRedirectStub => !string.IsNullOrWhiteSpace(RedirectTo);

    /// <summary>The path links inside this playbook are relative to.</summary>
    public string LinkBasePath => SourceRelativePath ?? Slug + ".md";

    public bool CanBeReadBy(Reader reader) => AudienceRules.CanRead(reader, Audience, Status);

    /// <summary>True when a review interval is set and the last review is older than it.</summary>
    public bool IsDueForReview(DateOnly today) => ReviewEveryDays is { } days
        && (LastReviewed is not { } last || last.AddDays(days) < today);
}
