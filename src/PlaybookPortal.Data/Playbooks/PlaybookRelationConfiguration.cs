using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaybookPortal.Data.Playbooks;

internal sealed class PlaybookRelationConfiguration :
    IEntityTypeConfiguration<PlaybookTag>,
    IEntityTypeConfiguration<PlaybookSkill>,
    IEntityTypeConfiguration<PlaybookLink>
{
    public void Configure(EntityTypeBuilder<PlaybookTag> builder)
    {
        builder.HasKey(t => new { t.PlaybookId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(200);
        builder.HasIndex(t => t.Tag);
    }

    public void Configure(EntityTypeBuilder<PlaybookSkill> builder)
    {
        builder.HasKey(s => new { s.PlaybookId, s.SkillId });
        builder.Property(s => s.SkillId).HasMaxLength(64);
        builder.HasIndex(s => s.SkillId);
    }

    public void Configure(EntityTypeBuilder<PlaybookLink> builder)
    {
        builder.HasKey(l => new { l.PlaybookId, l.TargetSlug });
        builder.Property(l => l.TargetSlug).HasMaxLength(512);
        builder.HasIndex(l => l.TargetSlug);
    }
}
