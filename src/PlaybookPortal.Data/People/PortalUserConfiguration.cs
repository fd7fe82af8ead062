using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaybookPortal.Data.People;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.PositionId).HasMaxLength(64);

        builder.HasOne(u => u.Position).WithMany().HasForeignKey(u => u.PositionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Team).WithMany(t => t.Members).HasForeignKey(u => u.TeamId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
