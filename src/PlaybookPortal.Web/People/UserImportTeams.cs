using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.Web.People;

/// <summary>The teams of a user import: creates the new ones and adds who leads which.</summary>
public sealed class UserImportTeams(PortalDbContext db)
{
    /// <summary>Every team by name (any case), after creating <paramref name="newTeams"/>.</summary>
    public async Task<IReadOnlyDictionary<string, Team>> EnsureAsync(
        IReadOnlyList<string> newTeams, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.Include(t => t.Managers).ToListAsync(cancellationToken);
        var byName = teams.DistinctBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var name in newTeams.Where(n => !byName.ContainsKey(n)))
        {
            byName[name] = db.Teams.Add(new Team { Name = name }).Entity;
        }

        await db.SaveChangesAsync(cancellationToken);
        return byName;
    }

    /// <summary>Makes <paramref name="userId"/> a manager of each team; teams they lead already stay.</summary>
    public static void AddLeads(
        string userId, IReadOnlyList<string> teamNames, IReadOnlyDictionary<string, Team> byName)
    {
        foreach (var team in teamNames.Select(n => byName[n]).Where(t => !t.Managers.Exists(m => m.UserId == userId)))
        {
            team.Managers.Add(new TeamManager { TeamId = team.Id, UserId = userId });
        }
    }
}
