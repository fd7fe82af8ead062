using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Catalog;

namespace PlaybookPortal.CorpusCheck;

/// <summary>Steps 1–7 over one corpus folder, in a portal of its own with a fresh database.</summary>
internal static class CorpusRun
{
    public static async Task<CorpusResult> RunAsync(
        Corpus corpus, IReadOnlyList<JudgedSearch> judged, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        await using var portal = new CorpusPortal(corpus.Root);

        var (report, import) = await ImportAudit.RunAsync(portal, corpus, findings, cancellationToken);
        var catalog = await portal.Services.GetRequiredService<PlaybookCatalog>()
            .CurrentAsync(cancellationToken);
        var added = report.Entries
            .Where(e => e.Outcome == ImportOutcome.Added)
            .Select(e => corpus.FromPlaybookPath(e.RelativePath))
            .ToHashSet(StringComparer.Ordinal);

        using var session = await PortalSession.SignInAsync(portal, cancellationToken);
        var (pages, fetched) = await PageAudit.RunAsync(
            session, corpus, report, catalog, findings, cancellationToken);
        ProseAudit.Run(pages, findings);
        LeftoverAudit.Run(pages, findings);
        TreatmentAudit.Run(pages, findings);

        var slugs = catalog.All.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        var links = LinkAudit.Run(pages, slugs, findings);
        var searches = await SearchAudit.RunAsync(session, judged, slugs, findings, cancellationToken);
        var quirks = QuirkCounter.Count(corpus.Files, added, findings);
        var roundTrip = await RoundTripAudit.RunAsync(portal, corpus, report, findings, cancellationToken);
        return new CorpusResult(corpus.Name, import, fetched, links, quirks, searches, roundTrip, findings);
    }
}
