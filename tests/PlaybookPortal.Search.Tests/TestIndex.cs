using Microsoft.Extensions.Logging.Abstractions;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Search.Indexing;
using PlaybookPortal.Search.Querying;

namespace PlaybookPortal.Search.Tests;

/// <summary>An in-memory index with a few playbooks written for one test, and readers to search as.</summary>
internal sealed class TestIndex : IDisposable
{
    public static readonly Reader Rep = new("rep", PermissionRole.Rep, "ae");
    public static readonly Reader Manager = new("manager", PermissionRole.Manager, "sales-manager");
    public static readonly Reader Editor = new("editor", PermissionRole.Editor, null);

    private long _change;

    public SearchIndex Index { get; } = SearchIndex.CreateInMemory(NullLogger.Instance);

    public TestIndex Add(params IndexedPlaybook[] playbooks)
    {
        Index.Apply(playbooks, [], ++_change);
        Index.Refresh();
        return this;
    }

    public SearchResults Search(string text, Reader? reader = null) =>
        Index.Search(new SearchRequest(text, reader ?? Rep));

    public IReadOnlyList<string> Slugs(string text, Reader? reader = null) =>
        Search(text, reader).Hits.Select(h => h.Slug).ToList();

    public static IndexedPlaybook Playbook(
        string slug,
        string title,
        string body = "",
        string language = "en",
        string audience = "*",
        PlaybookStatus status = PlaybookStatus.Published,
        string category = "sales",
        string[]? tags = null,
        params IndexedSection[] sections) => new(
            "id-" + slug,
            slug,
            title,
            null,
            category,
            tags ?? [],
            language,
            audience,
            status,
            new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc),
            [new IndexedSection("", [], body), .. sections]);

    public static IndexedSection Section(string anchor, string heading, string text) => new(anchor, [heading], text);

    public void Dispose() => Index.Dispose();
}
