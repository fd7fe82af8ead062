using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Data.Skills;

/// <summary>Loads <see cref="PersonSkills"/> for a person the viewer may see.</summary>
public sealed class PersonSkillsReader(PortalDbContext db, PeopleScope people, CurrentLevelReader levels)
{
    /// <summary>Null when there is no such person or the viewer may not see them (pages answer 404).</summary>
    public async Task<PersonSkills?> ReadAsync(Reader viewer, string userId, CancellationToken cancellationToken)
    {
        var person = await people.VisibleTo(viewer).AsNoTracking().Include(u => u.Team)
            .FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var manages = await people.ManagesQuery(viewer, userId).FirstOrDefaultAsync(cancellationToken);
        var targets = await db.SkillTargets.AsNoTracking().Where(t => t.PositionId == person.PositionId)
            .ToDictionaryAsync(t => t.SkillId, t => t.Level, cancellationToken);
        var history = await db.Assessments.AsNoTracking().Where(a => a.UserId == userId)
            .OrderByDescending(a => a.AssessedUtc).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        var assessedSkills = history.Select(a => a.SkillId).ToHashSet();
        var skills = await db.Skills.AsNoTracking()
            .Where(s => !s.IsRetired || assessedSkills.Contains(s.Id))
            .OrderBy(s => s.Category).ThenBy(s => s.Order).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var current = await levels.ReadAsync(new[] { userId }.AsQueryable(), cancellationToken);

        var rows = skills.Select(s => new PersonSkill(s,
                s.IsRetired ? null : targets.TryGetValue(s.Id, out var target) ? target : null,
                current.GetValueOrDefault((userId, s.Id)) ?? new CurrentLevel(userId, s.Id, null, null)))
            .ToList();
        return new PersonSkills(person, person.Team?.Name, rows, history, viewer.UserId == userId, manages);
    }
}
