using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Playbooks;

internal sealed class PlaybookConfiguration : IEntityTypeConfiguration<Playbook>
{
    public void Configure(EntityTypeBuilder<Playbook> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.Slug).HasMaxLength(512).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(500).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(2000);
        builder.Property(p => p.Category).HasMaxLength(200);
        builder.Property(p => p.Audience).HasMaxLength(2000);
        builder.Property(p => p.Owner).HasMaxLength(256);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Language).HasMaxLength(8);
        builder.Property(p => p.RedirectTo).HasMaxLength(1024);
        builder.OwnsOne(p => p.Source, source => source.ConfigureContentSource());

        builder.HasOne(p => p.CurrentRevision).WithMany()
            .HasForeignKey(p => p.CurrentRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PendingRevision).WithMany()
            .HasForeignKey(p => p.PendingRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.AckRevision).WithMany()
            .HasForeignKey(p => p.AckRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.MovedFromPath).HasMaxLength(1024);
        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.PlaybookId);
        builder.HasMany(p => p.Skills).WithOne().HasForeignKey(s => s.PlaybookId);
        builder.HasMany(p => p.Links).WithOne().HasForeignKey(l => l.PlaybookId);
    }
}
