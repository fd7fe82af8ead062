using Microsoft.EntityFrameworkCore;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Stamps <see cref="Enrollment.CompletedUtc"/> on a rep's open enrollments once every required
/// step is done. Runs after each tick, sign-off and acknowledgement; a finished enrollment
/// stays finished, so a later material change asks for an ordinary acknowledgement instead.
/// </summary>
public sealed class EnrollmentCompletionRecorder(
    PortalDbContext db, EnrollmentProgressLoader loader, TimeProvider time)
{
    public async Task RecordAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;

        // Whether every required step is done does not depend on the zone days are counted in
        // (only due dates do), so UTC serves and keeps this usable outside the web host.
        var open = db.Enrollments.Where(e => e.UserId == userId && e.CompletedUtc == null);
        var views = await loader.LoadAsync(open, DateOnly.FromDateTime(now), TimeZoneInfo.Utc, cancellationToken);
        var finished = views
            .Where(v => v.Progress.RequiredDone == v.Progress.RequiredCount)
            .Select(v => v.EnrollmentId)
            .ToList();
        if (finished.Count == 0)
        {
            return;
        }

        await db.Enrollments
            .Where(e => finished.Contains(e.Id) && e.CompletedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CompletedUtc, now), cancellationToken);
    }
}
