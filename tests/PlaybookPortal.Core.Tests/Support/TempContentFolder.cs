using System.Text;

namespace PlaybookPortal.Core.Tests.Support;

/// <summary>A content root in the temp folder, made file by file and deleted afterwards.</summary>
internal sealed class TempContentFolder : IDisposable
{
    public TempContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "playbook-portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public TempContentFolder Write(string relativePath, string text = "# Page\n") =>
        WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public TempContentFolder WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        // PathOf always combines with Root, so the path has a folder.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
