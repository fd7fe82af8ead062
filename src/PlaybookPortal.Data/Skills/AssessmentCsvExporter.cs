using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// Writes every assessment of the people a viewer may see as CSV (<see cref="AssessmentCsvColumns"/>),
/// oldest first. Times go out to the tick with <c>Z</c> and notes through the formula guard, so
/// importing the file into another portal reproduces the same rows.
/// </summary>
public sealed class AssessmentCsvExporter(PortalDbContext db, PeopleScope people)
{
    public async Task WriteAsync(Reader viewer, Stream stream, CancellationToken cancellationToken)
    {
        var visible = people.VisibleTo(viewer).Select(u => u.Id);
        var rows = db.Assessments.AsNoTracking()
            .Where(a => visible.Contains(a.UserId))
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new
            {
                RepEmail = u.Email, a.SkillId, a.Level, a.AssessorEmail, a.AssessedUtc, a.Note, a.Id,
            })
            .OrderBy(r => r.AssessedUtc).ThenBy(r => r.Id)
            .AsAsyncEnumerable();

        await using var csv = new PortalCsvWriter(stream, leaveOpen: true);
        await csv.WriteHeaderAsync(AssessmentCsvColumns.All, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRowAsync(
            [
                CsvCell.FromText(row.RepEmail),
                CsvCell.FromText(row.SkillId),
                CsvCell.FromNumber(row.Level),
                CsvCell.FromText(row.AssessorEmail),
                CsvCell.FromInstant(DateTime.SpecifyKind(row.AssessedUtc, DateTimeKind.Utc)),
                CsvCell.FromText(row.Note),
            ], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
