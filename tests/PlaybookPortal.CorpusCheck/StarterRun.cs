using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Data.Importing;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// The judged searches over the repository's own content, in a portal of its own with a fresh
/// database. Only import and search are checked: the content is ours, and the page audits are
/// aimed at the quirks of the third-party handbooks.
/// </summary>
internal static class StarterRun
{
    public static async Task<StarterResult> RunAsync(
        string contentRoot, IReadOnlyList<JudgedSearch> judged, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        await using var portal = new CorpusPortal(contentRoot);

        ImportReport report;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
            report = await importer.ImportAsync(contentRoot, new ImportOptions(), cancellationToken);
        }

        // Our own playbooks must all import; a failure would also hide a judged answer.
        foreach (var failed in report.Entries.Where(e => e.Outcome == ImportOutcome.Failed))
        {
            findings.Add(new Finding(Checks.Import, failed.RelativePath, failed.Reason ?? "failed", null));
        }

        var catalog = await portal.Services.GetRequiredService<PlaybookCatalog>()
            .CurrentAsync(cancellationToken);
        var slugs = catalog.All.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);

        using var session = await PortalSession.SignInAsync(portal, cancellationToken);
        var searches = await SearchAudit.RunAsync(session, judged, slugs, findings, cancellationToken);
        return new StarterResult(
            JudgedSearchFile.StarterName, report.Count(ImportOutcome.Added), searches, findings);
    }
}
