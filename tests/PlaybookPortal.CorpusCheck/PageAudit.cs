using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Step 2: fetches every imported playbook as the admin. A page answers 200 with its title in
/// the <c>h1</c>; a redirect stub answers 302 and its target answers 200 (one hop, never a chain).
/// </summary>
internal static class PageAudit
{
    // Enough to overlap rendering with the database on two cores without starving the server.
    private const int Parallelism = 4;

    public static async Task<(IReadOnlyList<FetchedPage> Pages, PageFigures Figures)> RunAsync(
        PortalSession session, Corpus corpus, ImportReport report, CatalogSnapshot catalog,
        List<Finding> findings, CancellationToken cancellationToken)
    {
        var sources = corpus.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var imported = report.Entries
            .Where(e => e.Outcome == ImportOutcome.Added)
            .Select(e => e.RelativePath)
            .ToHashSet(StringComparer.Ordinal);
        var playbooks = catalog.All
            .Where(e => e.SourceRelativePath is { } path && imported.Contains(path))
            .Select(e => (Entry: e, Source: sources[corpus.FromPlaybookPath(e.SourceRelativePath!)]))
            .OrderBy(p => p.Entry.Slug, StringComparer.Ordinal)
            .ToList();
        if (playbooks.Count != imported.Count)
        {
            findings.Add(new Finding(Checks.Fetch, report.Folder,
                $"{imported.Count} files were added but the catalog holds {playbooks.Count} of them", null));
        }

        var started = Stopwatch.GetTimestamp();
        var pages = new ConcurrentBag<FetchedPage>();
        var problems = new ConcurrentBag<Finding>();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Parallelism,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(playbooks, options, async (playbook, token) =>
        {
            var (entry, source) = playbook;
            var page = entry.IsRedirectStub
                ? await FollowStubAsync(session, entry, source, problems, token)
                : await FetchAsync(session, entry, source, problems, token);
            if (page is not null)
            {
                pages.Add(page);
            }
        });

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        findings.AddRange(problems.OrderBy(f => f.Page, StringComparer.Ordinal));
        var stubs = playbooks.Count(p => p.Entry.IsRedirectStub);
        var figures = new PageFigures(playbooks.Count, pages.Count, stubs, seconds);
        return (pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList(), figures);
    }

    private static async Task<FetchedPage?> FetchAsync(
        PortalSession session, PlaybookEntry entry, SourceFile source, ConcurrentBag<Finding> problems,
        CancellationToken cancellationToken)
    {
        var url = PortalUrls.Playbook(entry.Slug);
        using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var status = (int)response.StatusCode;
            problems.Add(new Finding(
                Checks.Fetch, url, $"answered {status}, expected 200", source.RelativePath));
            return null;
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var document = await new HtmlParser().ParseDocumentAsync(html, cancellationToken);

        // Compared as text: the h1 must hold the title encoded once, so decoding gives it back.
        var heading = document.QuerySelector("article.playbook h1")?.TextContent;
        if (heading != entry.Title)
        {
            problems.Add(new Finding(Checks.Fetch, url,
                $"h1 shows \"{Snippet.Of(heading)}\", expected \"{Snippet.Of(entry.Title)}\"",
                source.RelativePath));
        }

        var prose = document.QuerySelector("article.playbook div.prose");
        if (prose is null)
        {
            problems.Add(new Finding(Checks.Fetch, url, "no div.prose on the page", source.RelativePath));
            return null;
        }

        var header = document.QuerySelector("article.playbook header");
        return new FetchedPage(entry, source, url, header, prose);
    }

    private static async Task<FetchedPage?> FollowStubAsync(
        PortalSession session, PlaybookEntry entry, SourceFile source, ConcurrentBag<Finding> problems,
        CancellationToken cancellationToken)
    {
        var url = PortalUrls.Playbook(entry.Slug);
        using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            problems.Add(new Finding(Checks.Redirect, url,
                $"stub to '{entry.RedirectTo}' answered {(int)response.StatusCode}, expected 302",
                source.RelativePath));
            return null;
        }

        using var target = await session.Client.GetAsync(location, cancellationToken);
        if (target.StatusCode != HttpStatusCode.OK)
        {
            problems.Add(new Finding(Checks.Redirect, url,
                $"redirects to {location}, which answered {(int)target.StatusCode}, expected 200",
                source.RelativePath));
        }

        // A stub has no body of its own to audit.
        return null;
    }
}
