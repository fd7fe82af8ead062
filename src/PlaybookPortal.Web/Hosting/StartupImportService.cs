using Microsoft.Extensions.Options;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Data.Importing;

namespace PlaybookPortal.Web.Hosting;

/// <summary>
/// Imports the content root after the server starts listening, so /healthz can say 503 while
/// it runs; failures of single files are logged with file and line and never stop the portal.
/// </summary>
public sealed partial class StartupImportService(
    IServiceScopeFactory scopes,
    PortalPaths paths,
    IOptions<PortalOptions> options,
    PortalReadiness readiness,
    PlaybookCatalog catalog,
    ILogger<StartupImportService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ImportOnStart)
        {
            readiness.MarkImportDone();
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
            var report = await importer.ImportAsync(paths.ContentRoot, new ImportOptions(), stoppingToken);
            foreach (var problem in report.Problems.Concat(report.Entries)
                .Where(e => e.Outcome is ImportOutcome.Failed or ImportOutcome.Conflict))
            {
                LogProblem(problem.ToString());
            }

            await catalog.CurrentAsync(stoppingToken);
            readiness.MarkImportDone();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down during the import: nothing to report.
        }
        catch (Exception exception)
        {
            LogFailed(exception);
            readiness.MarkImportFailed("the start-up import failed; see the log");
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Import problem: {Problem}")]
    private partial void LogProblem(string problem);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "The start-up import failed")]
    private partial void LogFailed(Exception exception);
}
