namespace PlaybookPortal.Web.Backups;

/// <summary>A backup archive that is complete under its final name.</summary>
public sealed record BackupWritten(string File, long Bytes, BackupManifest Manifest, TimeSpan Elapsed);
