using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Core.Onboarding.Paths;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// Imports <c>onboarding/*.yaml</c> after the playbooks (read steps need their ids): each file
/// becomes the path its <c>id</c> names, synced step by step through <see cref="PathStepSync"/>
/// so open enrollments keep their history. A file with any error changes nothing.
/// </summary>
internal sealed class PathImporter(PortalDbContext db, TimeProvider time)
{
    public async Task ImportAsync(
        string root, IReadOnlyList<string> files, ImportOptions options, ImportReport report,
        CancellationToken cancellationToken)
    {
        var playbooks = await PlaybookRefResolver.LoadAsync(db, cancellationToken);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relativePath in files)
        {
            try
            {
                // Bytes, not ReadAllText: a byte-order mark stays in the stored text, so export gives it back.
                var bytes = await File.ReadAllBytesAsync(Path.Combine(root, relativePath), cancellationToken);
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                await ImportFileAsync(root, relativePath, text, playbooks, seen, options, report, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DbUpdateException)
            {
                report.Add(new ImportEntry(relativePath, ImportOutcome.Failed, null, exception.Message));
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        await ReportVanishedAsync(root, files, options, report, cancellationToken);
    }

    private async Task ImportFileAsync(
        string root, string relativePath, string text, PlaybookRefResolver playbooks, Dictionary<string, string> seen,
        ImportOptions options, ImportReport report, CancellationToken cancellationToken)
    {
        var parsed = PathYamlParser.Parse(text, relativePath);
        if (parsed.Path is not { } definition)
        {
            var first = parsed.Problems.FirstOrDefault(p => p.Severity == ProblemSeverity.Error);
            report.Add(new ImportEntry(relativePath, ImportOutcome.Failed, first?.Line, first?.Message));
            foreach (var problem in parsed.Problems.Where(p => p != first))
            {
                report.AddProblem(ToEntry(relativePath, problem));
            }

            return;
        }

        if (!seen.TryAdd(definition.Id, relativePath))
        {
            report.Add(new ImportEntry(relativePath, ImportOutcome.Failed, 1,
                $"path id '{definition.Id}' is already used by {seen[definition.Id]}; this file is left out"));
            return;
        }

        var hash = ContentHash.Compute(text);
        var path = await db.OnboardingPaths.Include(p => p.Steps).Include(p => p.Positions)
            .SingleOrDefaultAsync(p => p.Id == definition.Id, cancellationToken);
        var outcome = Decide(path, root, relativePath, hash, options);
        if (outcome is not (ImportOutcome.Added or ImportOutcome.Changed or ImportOutcome.Moved))
        {
            report.Add(new ImportEntry(relativePath, outcome, null, Reason(outcome, path)));
            return;
        }

        if (path is null)
        {
            path = new OnboardingPath { Id = definition.Id };
            db.OnboardingPaths.Add(path);
        }

        var now = time.GetUtcNow().UtcDateTime;
        PathStepSync.Apply(path, definition, playbooks, now);
        path.SourceText = text;
        path.Source = new ContentSource { Folder = root, RelativePath = relativePath, ContentHash = hash };
        path.IsArchived = false;
        path.UpdatedUtc = now;
        path.UpdatedByName = options.AuthorName;
        path.Version++;
        await db.SaveChangesAsync(cancellationToken);
        report.Add(new ImportEntry(relativePath, outcome, null, null));
        await ReportFlagsAsync(relativePath, definition, report, cancellationToken);
    }

    private static ImportOutcome Decide(
        OnboardingPath? path, string root, string relativePath, string hash, ImportOptions options)
    {
        if (path is null)
        {
            return ImportOutcome.Added;
        }

        if (path.PersonalForUserId is not null)
        {
            return ImportOutcome.Failed;
        }

        var sameFile = path.Source is { } source && source.Folder == root && source.RelativePath == relativePath;
        if (sameFile && path.Source!.ContentHash == hash && !path.IsArchived)
        {
            return ImportOutcome.Unchanged;
        }

        // Edited in the browser since the last sync: the stored text no longer hashes to the file's.
        var editedInPortal = path.Source is null || ContentHash.Compute(path.SourceText) != path.Source.ContentHash;
        if (editedInPortal && ContentHash.Compute(path.SourceText) != hash && !options.Force)
        {
            return ImportOutcome.Conflict;
        }

        return sameFile ? ImportOutcome.Changed : ImportOutcome.Moved;
    }

    private static string? Reason(ImportOutcome outcome, OnboardingPath? path) => outcome switch
    {
        ImportOutcome.Failed => $"path id '{path?.Id}' belongs to a personal path; choose another id",
        ImportOutcome.Conflict => "Changed on disk and edited in the portal since the last import; " +
            "left untouched (--force overwrites).",
        _ => null,
    };

    // Unknown playbooks, positions and skills are warnings: the path is imported and flagged.
    private async Task ReportFlagsAsync(
        string relativePath, PathDefinition definition, ImportReport report, CancellationToken cancellationToken)
    {
        var flags = await new PathAudienceCheck(db).CheckAsync(definition.Id, cancellationToken);
        foreach (var flag in flags)
        {
            var line = definition.Steps.FirstOrDefault(s => s.Id == flag.StepId)?.Line;
            report.AddProblem(new ImportEntry(relativePath, ImportOutcome.Warning, line, flag.Message));
        }
    }

    private async Task ReportVanishedAsync(
        string root, IReadOnlyList<string> files, ImportOptions options, ImportReport report,
        CancellationToken cancellationToken)
    {
        var present = files.ToHashSet(StringComparer.Ordinal);
        var fromHere = await db.OnboardingPaths
            .Where(p => p.Source != null && p.Source.Folder == root && !p.IsArchived && p.PersonalForUserId == null)
            .ToListAsync(cancellationToken);
        foreach (var path in fromHere.Where(p => !present.Contains(p.Source!.RelativePath)))
        {
            if (!options.Prune)
            {
                report.Add(new ImportEntry(path.Source!.RelativePath, ImportOutcome.Vanished, null,
                    "File no longer in the folder; path kept (archive it with --prune)."));
                continue;
            }

            path.IsArchived = true;
            path.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            report.Add(new ImportEntry(path.Source!.RelativePath, ImportOutcome.Archived, null, "File no longer in the folder."));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static ImportEntry ToEntry(string relativePath, ContentProblem problem) => new(
        relativePath,
        problem.Severity == ProblemSeverity.Error ? ImportOutcome.Failed : ImportOutcome.Warning,
        problem.Line,
        problem.Message);
}
