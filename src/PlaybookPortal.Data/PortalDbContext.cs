using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Playbooks;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data;

/// <summary>
/// The portal's database: Identity tables plus playbooks, revisions, the change log, teams,
/// positions, onboarding paths and enrollments, and the skills catalog with assessments. Only provider-neutral mappings live here; SQLite specifics stay in
/// <see cref="Storage.SqliteConnectionSetup"/>.
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options)
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamManager> TeamManagers => Set<TeamManager>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Playbook> Playbooks => Set<Playbook>();

    public DbSet<PlaybookRevision> PlaybookRevisions => Set<PlaybookRevision>();

    public DbSet<PlaybookTag> PlaybookTags => Set<PlaybookTag>();

    public DbSet<PlaybookSkill> PlaybookSkills => Set<PlaybookSkill>();

    public DbSet<PlaybookLink> PlaybookLinks => Set<PlaybookLink>();

    public DbSet<PlaybookSlugAlias> PlaybookSlugAliases => Set<PlaybookSlugAlias>();

    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();

    public DbSet<OnboardingPath> OnboardingPaths => Set<OnboardingPath>();

    public DbSet<OnboardingPathPosition> OnboardingPathPositions => Set<OnboardingPathPosition>();

    public DbSet<OnboardingStep> OnboardingSteps => Set<OnboardingStep>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<StepCompletion> StepCompletions => Set<StepCompletion>();

    public DbSet<AutoEnrollRule> AutoEnrollRules => Set<AutoEnrollRule>();

    public DbSet<Skill> Skills => Set<Skill>();

    public DbSet<SkillTarget> SkillTargets => Set<SkillTarget>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<SkillDocument> SkillDocuments => Set<SkillDocument>();

    public DbSet<ChangeCounter> ChangeCounters => Set<ChangeCounter>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored as UTC; SQLite forgets DateTimeKind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
