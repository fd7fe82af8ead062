using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaybookPortal.Data.Changes;

internal sealed class ChangeConfiguration :
    IEntityTypeConfiguration<ChangeCounter>,
    IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasData(new ChangeCounter { Id = ChangeCounter.SingletonId, Value = 0 });
    }

    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.HasKey(e => e.ChangeNumber);
        builder.Property(e => e.ChangeNumber).ValueGeneratedNever();
        builder.Property(e => e.PlaybookId).HasMaxLength(64);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
    }
}
