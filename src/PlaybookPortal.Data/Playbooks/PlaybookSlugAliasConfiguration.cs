using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaybookPortal.Data.Playbooks;

internal sealed class PlaybookSlugAliasConfiguration : IEntityTypeConfiguration<PlaybookSlugAlias>
{
    public void Configure(EntityTypeBuilder<PlaybookSlugAlias> builder)
    {
        builder.HasKey(a => a.Slug);
        builder.Property(a => a.Slug).HasMaxLength(512);
        builder.Property(a => a.PlaybookId).HasMaxLength(64);
        builder.HasIndex(a => a.PlaybookId);
        builder.HasOne<Playbook>().WithMany().HasForeignKey(a => a.PlaybookId).OnDelete(DeleteBehavior.Cascade);
    }
}
