using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// What export needs of one playbook, read once before anything is written, so the sync
/// state it compares against is the one from before this export (a moved playbook's old file
/// is judged by the hash recorded when it was last synced).
/// </summary>
internal sealed record ExportRow(
    string Id,
    string Slug,
    PlaybookStatus Status,
    ContentSource? Source,
    string? MovedFromPath,
    long? CurrentRevisionId);
