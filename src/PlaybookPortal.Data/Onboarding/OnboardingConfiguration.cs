using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Onboarding;

internal sealed class OnboardingPathConfiguration : IEntityTypeConfiguration<OnboardingPath>
{
    public void Configure(EntityTypeBuilder<OnboardingPath> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.UpdatedByName).HasMaxLength(200);
        builder.Property(p => p.PersonalForUserId).HasMaxLength(450);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.PersonalForUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Positions).WithOne().HasForeignKey(p => p.PathId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.PathId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(p => p.Source, source => source.ConfigureContentSource());
    }
}

internal sealed class OnboardingPathPositionConfiguration : IEntityTypeConfiguration<OnboardingPathPosition>
{
    public void Configure(EntityTypeBuilder<OnboardingPathPosition> builder)
    {
        builder.HasKey(p => new { p.PathId, p.PositionId });
        builder.Property(p => p.PositionId).HasMaxLength(64);

        // No foreign key to Position: a path naming an unknown position is flagged, not refused.
        builder.HasIndex(p => p.PositionId);
    }
}

internal sealed class OnboardingStepConfiguration : IEntityTypeConfiguration<OnboardingStep>
{
    public void Configure(EntityTypeBuilder<OnboardingStep> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.StepId).HasMaxLength(64);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.PlaybookRef).HasMaxLength(1024);
        builder.Property(s => s.PlaybookId).HasMaxLength(64);
        builder.Property(s => s.SkillId).HasMaxLength(64);
        builder.HasIndex(s => new { s.PathId, s.StepId });
        builder.HasIndex(s => s.PlaybookId);
        builder.HasIndex(s => s.SkillId);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.EnrolledByUserId).HasMaxLength(450);
        builder.HasIndex(e => new { e.UserId, e.PathId });
        builder.HasIndex(e => e.PathId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Path).WithMany().HasForeignKey(e => e.PathId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Completions).WithOne().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StepCompletionConfiguration : IEntityTypeConfiguration<StepCompletion>
{
    public void Configure(EntityTypeBuilder<StepCompletion> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CompletedByUserId).HasMaxLength(450);
        builder.Property(c => c.CompletedByName).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(4000);
        builder.Property(c => c.WithdrawnReason).HasMaxLength(400);
        builder.HasIndex(c => new { c.EnrollmentId, c.StepKey });
        builder.HasOne(c => c.Step).WithMany().HasForeignKey(c => c.StepKey).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AutoEnrollRuleConfiguration : IEntityTypeConfiguration<AutoEnrollRule>
{
    public void Configure(EntityTypeBuilder<AutoEnrollRule> builder)
    {
        builder.HasKey(r => new { r.PositionId, r.PathId });
        builder.Property(r => r.PositionId).HasMaxLength(64);
        builder.HasOne<Position>().WithMany().HasForeignKey(r => r.PositionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OnboardingPath>().WithMany().HasForeignKey(r => r.PathId).OnDelete(DeleteBehavior.Cascade);
    }
}
