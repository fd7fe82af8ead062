using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Skills;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Category).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.Level0).HasMaxLength(2000);
        builder.Property(s => s.Level1).HasMaxLength(2000);
        builder.Property(s => s.Level2).HasMaxLength(2000);
        builder.Property(s => s.Level3).HasMaxLength(2000);
        builder.Property(s => s.Level4).HasMaxLength(2000);
    }
}

internal sealed class SkillTargetConfiguration : IEntityTypeConfiguration<SkillTarget>
{
    public void Configure(EntityTypeBuilder<SkillTarget> builder)
    {
        builder.HasKey(t => new { t.PositionId, t.SkillId });
        builder.Property(t => t.PositionId).HasMaxLength(64);
        builder.Property(t => t.SkillId).HasMaxLength(64);
        builder.HasIndex(t => t.SkillId);
        builder.HasOne<Position>().WithMany().HasForeignKey(t => t.PositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Skill>().WithMany().HasForeignKey(t => t.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.SkillId).HasMaxLength(64);
        builder.Property(a => a.AssessorUserId).HasMaxLength(450);
        builder.Property(a => a.AssessorName).HasMaxLength(200);
        builder.Property(a => a.AssessorEmail).HasMaxLength(256);
        builder.Property(a => a.Note).HasMaxLength(4000);
        builder.HasIndex(a => new { a.UserId, a.SkillId, a.AssessedUtc });
        builder.HasIndex(a => new { a.SkillId, a.AssessedUtc });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Skill>().WithMany().HasForeignKey(a => a.SkillId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SkillDocumentConfiguration : IEntityTypeConfiguration<SkillDocument>
{
    public void Configure(EntityTypeBuilder<SkillDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.OwnsOne(d => d.Source, source => source.ConfigureContentSource());
        builder.Navigation(d => d.Source).IsRequired();
    }
}
