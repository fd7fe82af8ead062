namespace PlaybookPortal.Search.Indexing;

/// <summary>
/// An operating-system lock on the index folder, held for as long as the index is open.
/// Lucene.Net's own lock does not exclude another process on every platform, and two writers
/// destroy each other's segments; a file opened without sharing does (an advisory
/// <c>flock</c> on Linux and macOS, a share lock on Windows), and the system releases it when
/// the process dies, so a crash never leaves a stale lock behind.
/// </summary>
internal sealed class IndexFolderLock : IDisposable
{
    public const string FileName = "portal.lock";

    private readonly FileStream _file;

    private IndexFolderLock(FileStream file) => _file = file;

    /// <exception cref="InvalidOperationException">Another process (or index) holds the folder.</exception>
    public static IndexFolderLock Acquire(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return new IndexFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The search index in {folder} is in use by another portal process; only one portal may use a data folder.",
                exception);
        }
    }

    public void Dispose() => _file.Dispose();
}
