using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Data.Skills;

/// <summary>
/// The people, skills and stored assessments one CSV file names, loaded up front so validating
/// its rows needs no further queries.
/// </summary>
internal sealed class AssessmentImportLookups
{
    private Dictionary<string, ImportPerson> _people = [];
    private HashSet<string> _managed = [];
    private Dictionary<string, Skill> _skills = [];

    public HashSet<AssessmentKey> Stored { get; private set; } = [];

    public static async Task<AssessmentImportLookups> LoadAsync(
        PortalDbContext db, Reader viewer, IReadOnlyList<CsvRow> rows, CancellationToken cancellationToken)
    {
        var emails = rows.SelectMany(r => new[] { r[AssessmentCsvColumns.RepEmail], r[AssessmentCsvColumns.AssessorEmail] })
            .Select(e => e.Trim().ToUpperInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        var people = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail))
            .Select(u => new { u.Id, u.NormalizedEmail, u.Email, u.DisplayName, u.TeamId })
            .ToListAsync(cancellationToken);

        // The same rule as PeopleScope.ManagesQuery, for every named person at once.
        var ledTeams = await db.TeamManagers.Where(m => m.UserId == viewer.UserId).Select(m => m.TeamId)
            .ToListAsync(cancellationToken);
        var managed = people.Where(p => viewer.Role >= PermissionRole.Editor
                || (viewer.Role == PermissionRole.Manager && p.TeamId is { } team && ledTeams.Contains(team)))
            .Select(p => p.Id).ToHashSet();

        var ids = people.Select(p => p.Id).ToList();
        var stored = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.UserId))
            .Select(a => new { a.UserId, a.SkillId, a.AssessedUtc, a.Level, a.AssessorEmail })
            .ToListAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().ToListAsync(cancellationToken);

        return new AssessmentImportLookups
        {
            _people = people.ToDictionary(p => p.NormalizedEmail!, p => new ImportPerson(p.Id, p.DisplayName, p.Email ?? "")),
            _managed = managed,
            _skills = skills.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase),
            Stored = stored.Select(a => new AssessmentKey(a.UserId, a.SkillId, a.AssessedUtc.Ticks, a.Level,
                a.AssessorEmail.ToUpperInvariant())).ToHashSet(),
        };
    }

    /// <summary>The rep, when the viewer may import for them; a rep the viewer may not manage reads as unknown.</summary>
    /// <summary>True when the viewer may record official assessments of <paramref name="userId"/>.</summary>
    public bool Manages(string userId) => _managed.Contains(userId);

    public ImportPerson? Rep(string email, Reader viewer, List<string> errors)
    {
        if (email.Length == 0)
        {
            errors.Add("rep_email is empty");
            return null;
        }

        var found = _people.GetValueOrDefault(email.ToUpperInvariant());
        var selfOnly = found is not null && found.Id == viewer.UserId;
        if (found is not null && (_managed.Contains(found.Id) || selfOnly))
        {
            return found;
        }

        errors.Add(viewer.Role >= PermissionRole.Editor
            ? $"no user has the email {email}"
            : $"no rep with the email {email} is in a team you lead");
        return null;
    }

    public Skill? Skill(string id, List<string> errors, List<string> notices)
    {
        if (!_skills.TryGetValue(id, out var skill))
        {
            errors.Add(id.Length == 0 ? "skill_id is empty" : $"no skill has the id {id}");
            return null;
        }

        if (skill.IsRetired)
        {
            notices.Add($"skill {skill.Id} is retired; the assessment is kept in the history");
        }

        return skill;
    }

    /// <summary>
    /// The assessor when they have an account; null for someone outside the portal, who is kept
    /// by email alone (a notice, not an error, so history from before the portal imports).
    /// </summary>
    public ImportPerson? Assessor(string email, ImportPerson? rep, List<string> errors, List<string> notices)
    {
        if (email.Length == 0)
        {
            errors.Add("assessor_email is empty");
            return null;
        }

        if (_people.TryGetValue(email.ToUpperInvariant(), out var known))
        {
            if (rep is not null && known.Id == rep.Id)
            {
                notices.Add("assessor is the rep: recorded as a self-assessment");
            }

            return known;
        }

        notices.Add($"assessor {email} has no account here; kept by email");
        return null;
    }
}
