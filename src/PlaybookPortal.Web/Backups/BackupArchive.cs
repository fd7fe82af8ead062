using System.IO.Compression;

namespace PlaybookPortal.Web.Backups;

/// <summary>
/// The backup file: a zip holding <c>manifest.json</c> and <c>portal.db</c>. A zip rather than a
/// bare database so that later additions (the uploads folder) travel in the same single file.
/// </summary>
public static class BackupArchive
{
    public const string ManifestEntry = "manifest.json";

    public const string DatabaseEntry = "portal.db";

    public static async Task WriteAsync(
        string archiveFile, string databaseFile, BackupManifest manifest, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(archiveFile, FileMode.CreateNew, FileAccess.Write);
        await using var zip = new ZipArchive(stream, ZipArchiveMode.Create);

        // The manifest goes first, so a reader learns what the file is before the large entry.
        var manifestEntry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
        await using (var writer = new StreamWriter(await manifestEntry.OpenAsync(cancellationToken)))
        {
            await writer.WriteAsync(manifest.ToJson());
        }

        var databaseEntry = zip.CreateEntry(DatabaseEntry, CompressionLevel.Optimal);
        await using var entryStream = await databaseEntry.OpenAsync(cancellationToken);
        await using var database = File.OpenRead(databaseFile);
        await database.CopyToAsync(entryStream, cancellationToken);
    }

    /// <summary>
    /// Reads the manifest and extracts the database to <paramref name="databaseTarget"/>.
    /// Returns the manifest, or a sentence saying why the file is not a backup this portal reads.
    /// </summary>
    public static async Task<(BackupManifest? Manifest, string? Problem)> ExtractAsync(
        string archiveFile, string databaseTarget, CancellationToken cancellationToken)
    {
        try
        {
            await using var zip = await ZipFile.OpenReadAsync(archiveFile, cancellationToken);
            var manifestEntry = zip.GetEntry(ManifestEntry);
            if (manifestEntry is null)
            {
                return (null, $"it holds no {ManifestEntry}, so it is not a portal backup");
            }

            using var reader = new StreamReader(await manifestEntry.OpenAsync(cancellationToken));
            var manifest = BackupManifest.TryParse(await reader.ReadToEndAsync(cancellationToken));
            if (manifest is null)
            {
                return (null, $"its {ManifestEntry} cannot be read");
            }

            if (manifest.FormatVersion != BackupManifest.CurrentFormatVersion)
            {
                return (null, $"its format version {manifest.FormatVersion} is unknown to this portal " +
                    $"(it reads version {BackupManifest.CurrentFormatVersion})");
            }

            var databaseEntry = zip.GetEntry(DatabaseEntry);
            if (databaseEntry is null)
            {
                return (null, $"it holds no {DatabaseEntry}");
            }

            await databaseEntry.ExtractToFileAsync(databaseTarget, overwrite: false, cancellationToken);
            return (manifest, null);
        }
        catch (InvalidDataException exception)
        {
            return (null, $"it is not a readable zip archive ({exception.Message})");
        }
    }
}
