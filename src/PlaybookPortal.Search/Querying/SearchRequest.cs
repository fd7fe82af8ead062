using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Search.Querying;

/// <summary>One search as a reader typed it, with the facet filters they chose.</summary>
/// <param name="Text">What the reader typed, any text at all.</param>
/// <param name="Reader">Who is searching; decides what may be found.</param>
/// <param name="Category">Only this category (facet filter), or null.</param>
/// <param name="Tag">Only playbooks with this tag (facet filter), or null.</param>
/// <param name="Language">Only this language (facet filter), or null.</param>
/// <param name="Page">1-based page of playbooks.</param>
/// <param name="PageSize">Playbooks per page.</param>
public sealed record SearchRequest(
    string Text,
    Reader Reader,
    string? Category = null,
    string? Tag = null,
    string? Language = null,
    int Page = 1,
    int PageSize = 20);
