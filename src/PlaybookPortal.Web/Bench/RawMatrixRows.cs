using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data;

namespace PlaybookPortal.Web.Bench;

/// <summary>
/// The benchmark's baseline read of the gap matrix: plain SQL through one <see cref="DbDataReader"/>
/// per table, no EF Core materialization. Everyone not disabled, by name (the staff view of
/// <c>/skills/matrix</c>), optionally the first <c>limit</c>; non-retired skills hard before soft
/// in catalog order; targets of the reps' positions; the latest official and self assessment
/// per rep and skill (ties in time to the later-recorded one), as <c>CurrentLevelReader</c> decides.
/// </summary>
public sealed class RawMatrixRows
{
    public sealed record Rep(string Id, string Name, string Email, string? Team, string? PositionId);

    public sealed record Skill(string Id, string Name, bool IsHard);

    /// <summary>One assessment as the grid shows it; <c>Level</c> is -1 in an empty slot.</summary>
    public readonly record struct Reading(int Level, string Assessor, DateTime AssessedUtc)
    {
        public bool IsPresent => Level >= 0;
    }

    private RawMatrixRows(List<Rep> reps, List<Skill> skills)
    {
        Reps = reps;
        Skills = skills;
        Official = new Reading[reps.Count * skills.Count];
        Self = new Reading[reps.Count * skills.Count];
        Array.Fill(Official, new Reading(-1, "", default));
        Array.Fill(Self, new Reading(-1, "", default));
    }

    public List<Rep> Reps { get; }

    public List<Skill> Skills { get; }

    /// <summary>Target level by position, one slot per skill; -1 is no target.</summary>
    public Dictionary<string, int[]> Targets { get; } = [];

    /// <summary>Row-major: rep × skill.</summary>
    public Reading[] Official { get; }

    public Reading[] Self { get; }

    public static async Task<RawMatrixRows> ReadAsync(PortalDbContext db, int? limit, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var repsSql = $"""
                SELECT u.Id, u.DisplayName, u.Email, t.Name, u.PositionId FROM AspNetUsers u
                LEFT JOIN Teams t ON t.Id = u.TeamId WHERE u.IsDisabled = 0 ORDER BY u.DisplayName, u.Id
                {(limit is { } n ? $"LIMIT {n}" : "")}
                """;
            var reps = await RawQuery.ListAsync(connection, repsSql, r => new Rep(r.GetString(0), r.GetString(1),
                r.IsDBNull(2) ? "" : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4)), cancellationToken);
            var skills = await RawQuery.ListAsync(connection, """
                SELECT Id, Name, Category FROM Skills WHERE IsRetired = 0 ORDER BY Category, "Order", Name
                """, r => new Skill(r.GetString(0), r.GetString(1), r.GetString(2) == "Hard"), cancellationToken);
            var rows = new RawMatrixRows(reps, skills);
            var column = new Dictionary<string, int>(skills.Count);
            for (var s = 0; s < skills.Count; s++)
            {
                column[skills[s].Id] = s;
            }

            await rows.ReadTargetsAsync(connection, column, cancellationToken);
            await rows.ReadAssessmentsAsync(connection, repsSql, column, cancellationToken);
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task ReadTargetsAsync(DbConnection connection, Dictionary<string, int> column, CancellationToken cancellationToken)
    {
        var positions = Reps.Select(r => r.PositionId).OfType<string>().ToHashSet();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT PositionId, SkillId, Level FROM SkillTargets";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = reader.GetString(0);
            if (!positions.Contains(position) || !column.TryGetValue(reader.GetString(1), out var s))
            {
                continue;
            }

            if (!Targets.TryGetValue(position, out var levels))
            {
                levels = new int[Skills.Count];
                Array.Fill(levels, -1);
                Targets[position] = levels;
            }

            levels[s] = reader.GetInt32(2);
        }
    }

    // Oldest first, so the last one written to a slot is the latest.
    private async Task ReadAssessmentsAsync(
        DbConnection connection, string repsSql, Dictionary<string, int> column, CancellationToken cancellationToken)
    {
        var row = new Dictionary<string, int>(Reps.Count);
        for (var r = 0; r < Reps.Count; r++)
        {
            row[Reps[r].Id] = r;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT UserId, SkillId, Level, AssessorName, AssessedUtc, IsSelfAssessment FROM Assessments
            WHERE UserId IN (SELECT Id FROM ({repsSql})) ORDER BY AssessedUtc, Id
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!row.TryGetValue(reader.GetString(0), out var r) || !column.TryGetValue(reader.GetString(1), out var s))
            {
                continue;
            }

            var reading = new Reading(reader.GetInt32(2), reader.GetString(3),
                DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc));
            (reader.GetBoolean(5) ? Self : Official)[(r * Skills.Count) + s] = reading;
        }
    }
}
