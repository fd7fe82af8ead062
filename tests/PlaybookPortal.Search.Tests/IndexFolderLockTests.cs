using Microsoft.Extensions.Logging.Abstractions;
using PlaybookPortal.Search.Indexing;

namespace PlaybookPortal.Search.Tests;

public sealed class IndexFolderLockTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "index-lock-" + Guid.NewGuid().ToString("N"));

    public IndexFolderLockTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Acquire_WhileHeld_IsRefusedByTheOperatingSystem()
    {
        using var first = IndexFolderLock.Acquire(_folder);

        var error = Assert.Throws<InvalidOperationException>(() => IndexFolderLock.Acquire(_folder));

        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        IndexFolderLock.Acquire(_folder).Dispose();

        using var again = IndexFolderLock.Acquire(_folder);
    }

    [Fact]
    public void Open_DamagedSegments_StartsAfreshForARebuild()
    {
        using (var index = SearchIndex.Open(_folder, NullLogger.Instance))
        {
            index.Rebuild([TestIndex.Playbook("a/one", "One", "Some words.")], 7);
        }

        foreach (var file in Directory.GetFiles(_folder, "*.cfs"))
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, bytes[..(bytes.Length / 3)]);
        }

        using var reopened = SearchIndex.Open(_folder, NullLogger.Instance);

        Assert.Equal(-1, reopened.AppliedChangeNumber);
    }

    [Fact]
    public void Open_Committed_KeepsItsChangeNumber()
    {
        using (var index = SearchIndex.Open(_folder, NullLogger.Instance))
        {
            index.Rebuild([TestIndex.Playbook("a/one", "One", "Some words.")], 7);
        }

        using var reopened = SearchIndex.Open(_folder, NullLogger.Instance);

        Assert.Equal(7, reopened.AppliedChangeNumber);
        Assert.Equal(1, reopened.PlaybookCount());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
