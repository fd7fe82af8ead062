using System.Text;
using PlaybookPortal.Core.Exporting;

namespace PlaybookPortal.Data.Exporting;

/// <summary>
/// Writes one exported file, unless the file on disk holds changes the portal has not seen.
/// The bytes are the text's UTF-8 encoding and nothing else: no byte-order mark is added, and
/// one the stored text starts with (as U+FEFF) is written back as it was read.
/// </summary>
internal static class ExportFile
{
    /// <param name="fullPath">Where to write.</param>
    /// <param name="relativePath">The same path as the report names it.</param>
    /// <param name="text">The exported text.</param>
    /// <param name="seenByPortal">
    /// True when the text on disk is one the portal already knows (so overwriting it loses
    /// nothing); asked only when the file exists and differs.
    /// </param>
    /// <param name="force">Overwrite changes the portal has not seen.</param>
    /// <param name="cancellationToken">Cancels reading and writing.</param>
    public static async Task<ExportEntry> WriteAsync(
        string fullPath, string relativePath, string text, Func<string, Task<bool>> seenByPortal,
        bool force, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (!File.Exists(fullPath))
        {
            await WriteBytesAsync(fullPath, bytes, cancellationToken);
            return new ExportEntry(relativePath, ExportOutcome.Written, null);
        }

        var onDisk = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        if (onDisk.AsSpan().SequenceEqual(bytes))
        {
            return new ExportEntry(relativePath, ExportOutcome.Unchanged, null);
        }

        if (await seenByPortal(Encoding.UTF8.GetString(onDisk)))
        {
            await WriteBytesAsync(fullPath, bytes, cancellationToken);
            return new ExportEntry(relativePath, ExportOutcome.Written, null);
        }

        if (!force)
        {
            return new ExportEntry(relativePath, ExportOutcome.Conflict,
                "Changed on disk since the portal last saw it; left untouched " +
                "(import it first, or export with --force to overwrite).");
        }

        await WriteBytesAsync(fullPath, bytes, cancellationToken);
        return new ExportEntry(relativePath, ExportOutcome.Written, "Changed on disk; overwritten (--force).");
    }

    private static async Task WriteBytesAsync(string fullPath, byte[] bytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await File.WriteAllBytesAsync(fullPath, bytes, cancellationToken);
    }
}
