using System.Text;
using Microsoft.AspNetCore.Identity;
using PlaybookPortal.Core.Csv;
using PlaybookPortal.Core.People;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.People;

/// <summary>
/// Imports users from CSV text: plans it (every problem by line), then saves every row or none
/// in one transaction, enrolls the created users by position and writes each a reset link.
/// </summary>
public sealed class UserImporter(
    PortalDbContext db, UserManager<PortalUser> users, UserImportDirectoryLoader directory,
    UserImportTeams teams, AutoEnroller enroller, PasswordResetLinks links, PortalClock clock,
    TimeProvider time, ILogger<UserImporter> logger)
{
    public async Task<UserImportPlan> PreviewAsync(string csvText, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csvText));
        var csv = await PortalCsvReader.ReadAsync(
            stream, [UserImportColumns.Email, UserImportColumns.Name], cancellationToken);
        var plan = UserImportPlanner.Plan(csv, await directory.LoadAsync(cancellationToken));
        return CheckUserNames(plan);
    }

    public async Task<UserImportResult> ImportAsync(
        string csvText, string adminUserId, HttpRequest request, CancellationToken cancellationToken)
    {
        // Planned again at confirm time: another admin may have changed users since the preview.
        var plan = await PreviewAsync(csvText, cancellationToken);
        if (!plan.IsValid)
        {
            return new UserImportResult(false, plan, 0, 0, 0, 0);
        }

        var created = new List<PortalUser>();
        var enrollments = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var teamsByName = await teams.EnsureAsync(plan.NewTeams, cancellationToken);
            foreach (var row in plan.Rows)
            {
                var (user, error) = await SaveUserAsync(row, plan, teamsByName, cancellationToken);
                if (user is null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    UserImportLog.RolledBack(logger, adminUserId, $"line {row.Line} was refused");
                    var refused = plan with { Problems = [.. plan.Problems, new CsvProblem(row.Line, error!)] };
                    return new UserImportResult(false, refused, 0, 0, 0, 0);
                }

                UserImportTeams.AddLeads(user.Id, row.LeadsTeams, teamsByName);
                if (row.Action == UserImportAction.Create)
                {
                    created.Add(user);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var user in created)
            {
                enrollments += (await enroller.EnrollNewUserAsync(user.Id, clock.Today, cancellationToken)).Count;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Links are written only after the commit, so no link names an account that was rolled back.
        foreach (var user in created)
        {
            await links.SendAsync(user, request, cancellationToken);
        }

        UserImportLog.Imported(logger, adminUserId, plan.Rows.Count, created.Count, plan.UpdateCount,
            plan.NewTeams.Count, created.Count);
        return new UserImportResult(true, plan, created.Count, plan.UpdateCount, created.Count, enrollments);
    }

    private async Task<(PortalUser? User, string? Error)> SaveUserAsync(
        UserImportRow row, UserImportPlan plan, IReadOnlyDictionary<string, Team> teamsByName,
        CancellationToken cancellationToken)
    {
        var user = row.Action == UserImportAction.Create
            ? new PortalUser { UserName = row.Email, Email = row.Email, CreatedUtc = time.GetUtcNow().UtcDateTime }
            : await users.FindByIdAsync(row.ExistingUserId!);
        if (user is null || cancellationToken.IsCancellationRequested)
        {
            return (null, $"{row.Email} was deleted while the import ran; upload the file again");
        }

        user.DisplayName = row.Name;
        user.Role = row.Role;
        user.PositionId = plan.HasPositionColumn ? row.PositionId : user.PositionId;
        user.TeamId = !plan.HasTeamColumn ? user.TeamId
            : row.TeamName is null ? null : teamsByName[row.TeamName].Id;

        // Created without a password: nothing exists to guess until the person sets one through
        // their reset link. An update never touches the password.
        var result = row.Action == UserImportAction.Create
            ? await users.CreateAsync(user)
            : await users.UpdateAsync(user);
        return result.Succeeded
            ? (user, null)
            : (null, $"{row.Email} could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    // Identity allows a limited set of characters in user names, which are the emails here.
    private UserImportPlan CheckUserNames(UserImportPlan plan)
    {
        var allowed = users.Options.User.AllowedUserNameCharacters;
        if (string.IsNullOrEmpty(allowed))
        {
            return plan;
        }

        var refused = plan.Rows
            .Where(r => r.Action == UserImportAction.Create && r.Email.Any(c => !allowed.Contains(c)))
            .Select(r => new CsvProblem(r.Line, $"{r.Email} has characters a sign-in name may not hold; "
                + "use letters, digits and - . _ @ +"))
            .ToList();
        return refused.Count == 0 ? plan
            : plan with { Problems = [.. plan.Problems.Concat(refused).OrderBy(p => p.Line)] };
    }
}
