using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Data.People;

namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>
/// People, teams, positions and playbooks a journey needs, each with a unique name, so that
/// journeys sharing one portal never see each other's rows in the lists they assert on.
/// </summary>
internal static class JourneyPeople
{
    public const string Password = "journey-password-123";

    /// <summary>A short random tag to keep names, ids and slugs unique across journeys.</summary>
    public static string NewTag() => Guid.NewGuid().ToString("N")[..8];

    public static async Task<JourneyUser> CreateUserAsync(
        PortalServer server, string displayName, PermissionRole role, string? positionId = null)
    {
        var email = await server.CreateUserAsync(displayName, Password, role, positionId);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return new JourneyUser(id, email, displayName);
    }

    public static async Task CreatePositionAsync(PortalServer server, string id, string title)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Positions.Add(new Position { Id = id, Title = title });
        await db.SaveChangesAsync();
    }

    /// <summary>A team led by <paramref name="manager"/> (if any) with these members; returns its id.</summary>
    public static async Task<int> CreateTeamAsync(
        PortalServer server, string name, JourneyUser? manager, params JourneyUser[] members)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var team = new Team { Name = name };
        db.Teams.Add(team);
        await db.SaveChangesAsync();

        if (manager is not null)
        {
            db.TeamManagers.Add(new TeamManager { TeamId = team.Id, UserId = manager.Id });
        }

        var ids = members.Select(m => m.Id).ToList();
        foreach (var user in await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync())
        {
            user.TeamId = team.Id;
        }

        await db.SaveChangesAsync();
        return team.Id;
    }

    /// <summary>Publishes a playbook as an editor creating it in the browser would; returns its id.</summary>
    public static async Task<string> CreatePlaybookAsync(PortalServer server, string slug, string text)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<PlaybookCreator>();
        var create = new PlaybookCreate(slug, text, null, "Erin Editor", "First version");
        var result = await creator.CreateAsync(create, default);
        return Assert.IsType<PlaybookPlaced>(result).PlaybookId;
    }
}
