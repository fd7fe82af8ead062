using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlaybookPortal.Web.Backups;

/// <summary>
/// The <c>manifest.json</c> of a backup archive: what it holds, so a restore can refuse a file
/// it does not understand and say what it restored. The row counts are read from the copied
/// database itself, so they describe exactly the snapshot in the archive.
/// </summary>
public sealed record BackupManifest(
    int FormatVersion,
    DateTimeOffset CreatedUtc,
    string PortalVersion,
    string? SchemaMigration,
    long Playbooks,
    long Revisions,
    long Users,
    long ChangeNumber)
{
    /// <summary>The archive layout this portal writes; a restore refuses any other.</summary>
    public const int CurrentFormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The manifest in <paramref name="json"/>, or null when it is not one.</summary>
    public static BackupManifest? TryParse(string json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            return manifest is { FormatVersion: > 0, PortalVersion: not null } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
