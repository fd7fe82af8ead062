using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Acknowledging;

internal sealed class AcknowledgementConfiguration : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.PlaybookId).HasMaxLength(64);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => new { a.UserId, a.PlaybookId, a.RevisionId }).IsUnique();
        builder.HasIndex(a => a.PlaybookId);
        builder.HasOne<Playbook>().WithMany().HasForeignKey(a => a.PlaybookId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlaybookRevision>().WithMany().HasForeignKey(a => a.RevisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
