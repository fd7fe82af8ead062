namespace PlaybookPortal.Web.Backups;

/// <summary>What a restore did: the manifest of what it restored, or why it changed nothing.</summary>
public sealed record RestoreResult(BackupManifest? Manifest, bool IndexDeleted, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static RestoreResult Restored(BackupManifest manifest, bool indexDeleted) => new(manifest, indexDeleted, null);

    public static RestoreResult Refused(string problem) => new(null, false, problem);
}
