using Microsoft.Extensions.Logging;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Imports assessments from CSV (<see cref="AssessmentCsvColumns"/>) in two steps: a preview that
/// validates every row with its line and saves nothing, then an import of the rows the preview
/// found valid, run again on the same file so what is saved is exactly what was shown. Editors
/// import for anyone; a manager only for the reps of teams they lead.
/// </summary>
public sealed partial class AssessmentCsvImporter(
    PortalDbContext db, AssessmentImportValidator validator, AssessmentStepCompleter steps,
    ILogger<AssessmentCsvImporter> logger)
{
    public async Task<AssessmentImportPreview> PreviewAsync(Reader viewer, Stream csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var read = await PortalCsvReader.ReadAsync(csv, AssessmentCsvColumns.All, cancellationToken);
        var hasColumns = AssessmentCsvColumns.All.All(c => read.Columns.Contains(c, StringComparer.OrdinalIgnoreCase));
        if (!hasColumns)
        {
            return new AssessmentImportPreview(read.Problems, []);
        }

        var rows = await validator.ValidateAsync(viewer, read.Rows, cancellationToken);
        return new AssessmentImportPreview(read.Problems, rows);
    }

    /// <summary>Saves every row the preview of <paramref name="csv"/> adds, all in one transaction; returns the preview it acted on.</summary>
    public async Task<AssessmentImportPreview> ImportAsync(Reader viewer, Stream csv, CancellationToken cancellationToken)
    {
        var preview = await PreviewAsync(viewer, csv, cancellationToken);
        var added = preview.Rows.Where(r => r.Adds).Select(r => r.Pending!).ToList();
        if (added.Count == 0)
        {
            return preview;
        }

        db.Assessments.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);

        // Assessment steps follow the official level; an import may raise it for many reps.
        foreach (var official in added.Where(a => !a.IsSelfAssessment).GroupBy(a => (a.UserId, a.SkillId)))
        {
            var latest = official.OrderBy(a => a.AssessedUtc).Last();
            await steps.CompleteReachedStepsAsync(latest.UserId, latest.SkillId, latest, cancellationToken);
        }

        LogImported(added.Count, preview.ErrorCount, preview.Rows.Count(r => !r.Adds && r.Action != AssessmentImportAction.Error));
        return preview;
    }

    [LoggerMessage(EventId = 6701, Level = LogLevel.Information,
        Message = "Assessments imported from CSV: {Added} added, {Errors} rows with errors skipped, {Unchanged} already present or not assessed")]
    private partial void LogImported(int added, int errors, int unchanged);
}
