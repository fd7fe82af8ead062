using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// Seeds the data of rows 10 and 11 into the bench portal: 200 skills (half hard, half soft),
/// targets for the corpus's two positions on about 60 % of them, and 1,000 reps in 10 teams of
/// 100, mostly account executives. Each rep has an official assessment on most targeted skills
/// (some with an older one in the history), a self-assessment on some and nothing on the rest,
/// so the matrix shows every cell state. Users, skills and targets go through EF Core with
/// change detection off; the ~150,000 assessments through one prepared command in one
/// transaction, which takes seconds instead of minutes. The same seed always gives the same data.
/// </summary>
public static class SkillMatrixSeeder
{
    public const int Reps = 1000;
    public const int Skills = 200;
    private const int Teams = 10;
    private static readonly string[] ParameterNames = ["$user", "$skill", "$level", "$name", "$email", "$self", "$at", "$note"];

    public static async Task<TimeSpan> SeedAsync(IServiceProvider services)
    {
        var timer = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await db.Skills.AnyAsync(s => s.Id == "bench-skill-000"))
        {
            return timer.Elapsed;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(20261206);
        var now = DateTime.UtcNow;
        var positions = await db.Positions.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        if (positions.Count == 0)
        {
            throw new InvalidOperationException("The generated content has no positions to set targets for.");
        }

        var skills = Enumerable.Range(0, Skills).Select(i => new Skill
        {
            Id = $"bench-skill-{i:000}", Name = $"Bench skill {i:000}", Order = i, UpdatedUtc = now,
            Category = i % 2 == 0 ? SkillCategory.Hard : SkillCategory.Soft,
            Description = "A generated skill for the benchmark.", Level0 = "None.", Level1 = "Aware.",
            Level2 = "Working.", Level3 = "Proficient.", Level4 = "Expert.",
        }).ToList();
        db.Skills.AddRange(skills);
        var targets = new Dictionary<(string, string), int>();
        foreach (var position in positions)
        {
            foreach (var skill in skills.Where(_ => random.NextDouble() < 0.6))
            {
                var level = random.Next(1, 5);
                targets[(position, skill.Id)] = level;
                db.SkillTargets.Add(new SkillTarget { PositionId = position, SkillId = skill.Id, Level = level });
            }
        }

        var teams = Enumerable.Range(1, Teams).Select(n => new Team { Name = $"Matrix team {n:00}" }).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync();

        var reps = Enumerable.Range(0, Reps)
            .Select(i => NewRep(i, teams[i % Teams].Id, i % 5 == 4 ? positions[^1] : positions[0], now))
            .ToList();
        db.Users.AddRange(reps);
        await db.SaveChangesAsync();

        await InsertAssessmentsAsync(db, random, reps, skills, targets, now);
        return timer.Elapsed;
    }

    private static PortalUser NewRep(int i, int teamId, string position, DateTime created)
    {
        var email = $"bench-learner-{i:0000}@bench.local";
        return new PortalUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = $"Bench learner {i:0000}", Role = PermissionRole.Rep, TeamId = teamId,
            PositionId = position, CreatedUtc = created,
        };
    }

    // A targeted skill is assessed by the manager for 3 reps in 4 (1 in 3 of those twice, the
    // older level lower), self-assessed for 1 in 4; a skill without a target is rarely assessed.
    private static async Task InsertAssessmentsAsync(PortalDbContext db, Random random, List<PortalUser> reps,
        List<Skill> skills, Dictionary<(string, string), int> targets, DateTime now)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = """
                INSERT INTO Assessments (UserId, SkillId, Level, AssessorName, AssessorEmail, IsSelfAssessment, AssessedUtc, Note)
                VALUES ($user, $skill, $level, $name, $email, $self, $at, $note)
                """;
            var parameters = ParameterNames.Select(name =>
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    command.Parameters.Add(parameter);
                    return parameter;
                }).ToArray();
            await command.PrepareAsync();

            async Task InsertAsync(PortalUser rep, string skill, int level, bool self, DateTime at)
            {
                parameters[0].Value = rep.Id;
                parameters[1].Value = skill;
                parameters[2].Value = level;
                parameters[3].Value = self ? rep.DisplayName : $"Manager {rep.TeamId}";
                parameters[4].Value = self ? rep.Email : $"manager-{rep.TeamId}@bench.local";
                parameters[5].Value = self;
                parameters[6].Value = at;
                parameters[7].Value = random.NextDouble() < 0.2 ? "Seen on a call." : DBNull.Value;
                await command.ExecuteNonQueryAsync();
            }

            foreach (var rep in reps)
            {
                foreach (var skill in skills)
                {
                    var targeted = targets.TryGetValue((rep.PositionId!, skill.Id), out var target);
                    var at = now.AddDays(-random.Next(1, 360)).AddMinutes(random.Next(0, 600));
                    if (random.NextDouble() < (targeted ? 0.75 : 0.1))
                    {
                        var level = Math.Clamp(target + random.Next(-3, 2), 0, SkillLevels.Max);
                        if (random.NextDouble() < 0.33)
                        {
                            await InsertAsync(rep, skill.Id, Math.Max(0, level - 1), false, at.AddDays(-90));
                        }

                        await InsertAsync(rep, skill.Id, level, false, at);
                    }

                    if (targeted && random.NextDouble() < 0.25)
                    {
                        await InsertAsync(rep, skill.Id, random.Next(0, SkillLevels.Max + 1), true, at.AddDays(-3));
                    }
                }
            }

            await transaction.CommitAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
