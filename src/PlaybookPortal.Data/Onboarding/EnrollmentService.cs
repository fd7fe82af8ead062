using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Onboarding;

/// <summary>
/// Enrolls a rep on a path. Managers enroll members of the teams they lead, editors and admins
/// anyone; a disabled user, an archived path, someone else's personal path and a second open
/// enrollment on the same path are refused with a message for the form.
/// </summary>
public sealed partial class EnrollmentService(
    PortalDbContext db, PeopleScope people, TimeProvider time, ILogger<EnrollmentService> logger)
{
    public async Task<EnrollmentOutcome> EnrollAsync(
        Reader enrolledBy, EnrollmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enrolledBy);
        ArgumentNullException.ThrowIfNull(request);
        var user = OnboardingAccess.MayEnroll(enrolledBy)
            ? await people.VisibleTo(enrolledBy).AsNoTracking()
                .Where(u => u.Id == request.UserId)
                .Select(u => new { u.Id, u.IsDisabled })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (user is null)
        {
            return EnrollmentOutcome.Refused(nameof(request.UserId), "Choose a person you may enroll.");
        }

        if (user.IsDisabled)
        {
            return EnrollmentOutcome.Refused(nameof(request.UserId), "This person's account is disabled; enable it before enrolling them.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!StartDateRules.IsAcceptable(request.StartDate, today))
        {
            return EnrollmentOutcome.Refused(nameof(request.StartDate), StartDateRules.Problem(today));
        }

        var path = await db.OnboardingPaths.AsNoTracking()
            .Where(p => p.Id == request.PathId)
            .Select(p => new { p.Id, p.IsArchived, p.PersonalForUserId })
            .SingleOrDefaultAsync(cancellationToken);
        if (path is null || (path.PersonalForUserId is { } owner && owner != user.Id))
        {
            return EnrollmentOutcome.Refused(nameof(request.PathId), "Choose an onboarding path.");
        }

        if (path.IsArchived)
        {
            return EnrollmentOutcome.Refused(nameof(request.PathId), "This path is archived and takes no new enrollments.");
        }

        var alreadyOpen = await db.Enrollments.AnyAsync(
            e => e.UserId == user.Id && e.PathId == path.Id && e.CompletedUtc == null, cancellationToken);
        if (alreadyOpen)
        {
            return EnrollmentOutcome.Refused(nameof(request.PathId), "This person is already on this path and has not finished it.");
        }

        var enrollment = new Enrollment
        {
            UserId = user.Id,
            PathId = path.Id,
            StartDate = request.StartDate,
            EnrolledUtc = time.GetUtcNow().UtcDateTime,
            EnrolledByUserId = enrolledBy.UserId,
        };
        db.Enrollments.Add(enrollment);
        await db.SaveChangesAsync(cancellationToken);

        LogEnrolled(enrollment.Id, path.Id, user.Id, enrolledBy.UserId);
        return EnrollmentOutcome.Enrolled(enrollment.Id);
    }

    [LoggerMessage(EventId = 6300, Level = LogLevel.Information,
        Message = "Enrollment {EnrollmentId}: user {UserId} enrolled on path {PathId} by {EnrolledBy}")]
    private partial void LogEnrolled(long enrollmentId, string pathId, string userId, string enrolledBy);
}
