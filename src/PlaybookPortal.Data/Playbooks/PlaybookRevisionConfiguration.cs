using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaybookPortal.Data.Playbooks;

internal sealed class PlaybookRevisionConfiguration : IEntityTypeConfiguration<PlaybookRevision>
{
    public void Configure(EntityTypeBuilder<PlaybookRevision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.PlaybookId, r.Number }).IsUnique();
        builder.Property(r => r.PlaybookId).HasMaxLength(64);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(256);
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.Property(r => r.PublishedByName).HasMaxLength(256);
        builder.HasOne<Playbook>().WithMany().HasForeignKey(r => r.PlaybookId);
    }
}
