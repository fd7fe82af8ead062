using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Changes;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// Imports a content root: positions first, then the skills catalog and targets, then every
/// playbook file. Idempotent: an
/// unchanged file changes nothing. One file's failure never stops the rest of the folder.
/// </summary>
public sealed partial class ContentImporter(
    PortalDbContext db,
    IPlaybookTextAnalyzer analyzer,
    ChangeLogWriter changes,
    TimeProvider time,
    ILogger<ContentImporter> logger)
{
    public async Task<ImportReport> ImportAsync(
        string folder, ImportOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var report = new ImportReport(root);
        if (!Directory.Exists(root))
        {
            report.Add(new ImportEntry(".", ImportOutcome.Failed, null, $"Folder not found: {root}"));
            return report;
        }

        var tree = ContentDiscovery.Discover(root);
        ReportDiscovery(tree, report);
        if (tree.PositionsFile is not null)
        {
            await new PositionImporter(db).ImportAsync(
                Path.Combine(root, tree.PositionsFile), root, report, cancellationToken);
        }

        await new SkillImporter(db, time).ImportAsync(root, tree.SkillFiles, options, report, cancellationToken);

        var positions = await db.Positions.Select(p => p.Id).ToListAsync(cancellationToken);
        var skills = await db.Skills.Where(s => !s.IsRetired).Select(s => s.Id).ToListAsync(cancellationToken);
        var builder = new PlaybookDraftBuilder(
            analyzer, positions.ToHashSet(StringComparer.Ordinal), KnownSkills(skills));
        var writer = new PlaybookImportWriter(db, changes, time);
        var imported = await db.Playbooks.AsNoTracking()
            .Where(p => p.Source != null && p.Source.Folder == root)
            .Select(p => new { p.Source!.RelativePath, p.Source.ContentHash })
            .ToDictionaryAsync(p => p.RelativePath, p => p.ContentHash, StringComparer.Ordinal, cancellationToken);
        foreach (var file in tree.Playbooks)
        {
            // The common case at every start: the file is as it was imported. Its hash says so
            // without parsing or rendering it.
            if (imported.TryGetValue(file.RelativePath, out var hash) && hash == await HashOfAsync(file, cancellationToken))
            {
                report.Add(new ImportEntry(file.RelativePath, ImportOutcome.Unchanged, null, null));
                continue;
            }

            await ImportFileAsync(file, builder, writer, root, tree.HasPlaybooksFolder, options, report, cancellationToken);
        }

        await ReportVanishedAsync(tree, root, options, report, cancellationToken);

        // After the playbooks: read steps are resolved to the ids those files were given.
        await new PathImporter(db, time).ImportAsync(root, tree.OnboardingFiles, options, report, cancellationToken);
        report.Duration = Stopwatch.GetElapsedTime(started);
        LogImported(root, report.Count(ImportOutcome.Added), report.Count(ImportOutcome.Changed),
            report.Count(ImportOutcome.Unchanged), report.Count(ImportOutcome.Skipped),
            report.Count(ImportOutcome.Conflict), report.FailureCount, report.Duration.TotalSeconds);
        return report;
    }

    // Without any catalog (a bare handbook) every skill id would be unknown; warning about each
    // would only be noise.
    private static HashSet<string>? KnownSkills(List<string> skills) =>
        skills.Count == 0 ? null : skills.ToHashSet(StringComparer.Ordinal);

    private static async Task<string?> HashOfAsync(DiscoveredPlaybook file, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
            return ContentHash.Compute(System.Text.Encoding.UTF8.GetString(bytes));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: the full import path reports it with its reason.
            return null;
        }
    }

    private async Task ImportFileAsync(
        DiscoveredPlaybook file, PlaybookDraftBuilder builder, PlaybookImportWriter writer,
        string root, bool inPlaybooksFolder, ImportOptions options, ImportReport report, CancellationToken cancellationToken)
    {
        try
        {
            var (draft, failure) = await builder.BuildAsync(file, cancellationToken);
            if (draft is null)
            {
                report.Add(failure!);
                return;
            }

            var entry = await writer.SaveAsync(draft, root, inPlaybooksFolder, options, cancellationToken);
            report.Add(entry);
            if (entry.Outcome is not (ImportOutcome.Unchanged or ImportOutcome.Failed))
            {
                foreach (var problem in draft.Problems)
                {
                    report.AddProblem(problem);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            or DbUpdateException)
        {
            LogFileFailed(exception, file.RelativePath);
            report.Add(new ImportEntry(file.RelativePath, ImportOutcome.Failed, null, exception.Message));
        }
        finally
        {
            // One context serves the whole import; forgetting each file's entities keeps a
            // 10,000-page import from slowing down as the change tracker grows.
            db.ChangeTracker.Clear();
        }
    }

    private static void ReportDiscovery(ContentTree tree, ImportReport report)
    {
        foreach (var skipped in tree.Skipped)
        {
            report.Add(new ImportEntry(skipped.RelativePath, ImportOutcome.Skipped, null, skipped.Reason));
        }

        foreach (var problem in tree.Problems)
        {
            var outcome = problem.Severity == ProblemSeverity.Error ? ImportOutcome.Failed : ImportOutcome.Warning;
            report.AddProblem(new ImportEntry(problem.RelativePath ?? ".", outcome, problem.Line, problem.Message));
        }
    }

    private async Task ReportVanishedAsync(
        ContentTree tree, string root, ImportOptions options, ImportReport report,
        CancellationToken cancellationToken)
    {
        var present = tree.Playbooks.Select(p => p.RelativePath).ToHashSet(StringComparer.Ordinal);
        var fromHere = await db.Playbooks
            .Where(p => p.Source != null && p.Source.Folder == root && p.Status != PlaybookStatus.Archived)
            .ToListAsync(cancellationToken);
        foreach (var playbook in fromHere.Where(p => !present.Contains(p.Source!.RelativePath)))
        {
            var path = playbook.Source!.RelativePath;
            if (!options.Prune)
            {
                report.Add(new ImportEntry(path, ImportOutcome.Vanished, null,
                    "File no longer in the folder; kept (archive it with --prune)."));
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            playbook.Status = PlaybookStatus.Archived;
            playbook.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            await changes.AppendAsync(playbook.Id, ChangeKind.Archived, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            report.Add(new ImportEntry(path, ImportOutcome.Archived, null, "File no longer in the folder."));
        }
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Imported {Folder}: {Added} added, {Changed} changed, {Unchanged} unchanged, " +
            "{Skipped} skipped, {Conflicts} conflicts, {Failed} failed in {Seconds:F2} s")]
    private partial void LogImported(string folder, int added, int changed, int unchanged, int skipped,
        int conflicts, int failed, double seconds);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Import of {RelativePath} failed")]
    private partial void LogFileFailed(Exception exception, string relativePath);
}
