using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaybookPortal.Data.Storage;

internal static class ContentSourceMapping
{
    /// <summary>Maps an owned <see cref="ContentSource"/> to prefixed columns.</summary>
    public static void ConfigureContentSource<TOwner>(
        this OwnedNavigationBuilder<TOwner, ContentSource> source)
        where TOwner : class
    {
        source.Property(s => s.Folder).HasColumnName("SourceFolder").HasMaxLength(1024);
        source.Property(s => s.RelativePath).HasColumnName("SourcePath").HasMaxLength(1024);
        source.Property(s => s.ContentHash).HasColumnName("SourceHash").HasMaxLength(64);
        source.Property(s => s.InPlaybooksFolder).HasColumnName("SourceInPlaybooksFolder");
        source.Property(s => s.SyncedRevisionId).HasColumnName("SourceSyncedRevisionId");
    }
}
