using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Markdown.Headings;

namespace PlaybookPortal.Web.Reading;

/// <summary>What opening a playbook URL leads to.</summary>
public abstract record PlaybookPageResult;

/// <summary>No such playbook, or one the reader may not read: the two look the same.</summary>
public sealed record PlaybookNotFound : PlaybookPageResult;

/// <summary>A redirect stub pointing at another readable playbook.</summary>
public sealed record PlaybookRedirect(string Url) : PlaybookPageResult;

/// <summary>Everything the playbook page shows.</summary>
public sealed record PlaybookPage(
    PlaybookEntry Entry,
    string Html,
    IReadOnlyList<OutlineHeading> Headings,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    IReadOnlyList<PlaybookEntry> Related,
    bool DueForReview,
    DateTime LastChangedLocal,
    string LastChangedBy,
    string? Notice,
    string? ExternalRedirect) : PlaybookPageResult;

/// <summary>One step of the breadcrumb trail; the last one has no link.</summary>
public sealed record Breadcrumb(string Title, string? Url);
