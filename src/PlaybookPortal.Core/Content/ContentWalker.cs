namespace PlaybookPortal.Core.Content;

/// <summary>
/// Lists every file under a root without leaving it: hidden entries and folder links are
/// recorded as skipped instead of entered, and a file link is taken only when it ends inside
/// the root, so a link can neither loop nor publish a file from elsewhere on the machine.
/// </summary>
internal sealed class ContentWalker
{
    // Hidden and system attributes must not be skipped silently: they are reported.
    private static readonly EnumerationOptions ListOneFolder = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    private readonly string _root;
    private readonly string _realRoot;

    public ContentWalker(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(root);
        _realRoot = new DirectoryInfo(_root).ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? _root;
    }

    public List<WalkedFile> Files { get; } = [];

    public List<SkippedFile> Skipped { get; } = [];

    public List<ContentProblem> Problems { get; } = [];

    public void Walk()
    {
        var pending = new Stack<(DirectoryInfo Folder, string RelativePath)>();
        pending.Push((new DirectoryInfo(_root), ""));
        while (pending.Count > 0)
        {
            var (folder, relative) = pending.Pop();
            foreach (var entry in List(folder, relative))
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (entry is DirectoryInfo subfolder && Accept(subfolder, path))
                {
                    pending.Push((subfolder, path));
                }
                else if (entry is FileInfo file && Accept(file, path))
                {
                    Files.Add(new WalkedFile(path, file.FullName));
                }
            }
        }
    }

    private FileSystemInfo[] List(DirectoryInfo folder, string relative)
    {
        try
        {
            return folder.GetFileSystemInfos("*", ListOneFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var shown = relative.Length == 0 ? "." : relative;
            Skipped.Add(new SkippedFile(shown, SkipReasons.UnreadableFolder));
            Problems.Add(new ContentProblem(shown, null, ProblemSeverity.Warning,
                $"the folder could not be read ({e.GetType().Name}); its files are left out"));
            return [];
        }
    }

    private bool Accept(DirectoryInfo folder, string path)
    {
        var reason = folder.Name.StartsWith('.') ? SkipReasons.HiddenFolder
            : folder.LinkTarget is not null ? SkipReasons.FolderLink
            : null;
        return Record(path, reason);
    }

    private bool Accept(FileInfo file, string path)
    {
        var reason = file.Name.StartsWith('.') ? SkipReasons.HiddenFile
            : file.LinkTarget is not null ? CheckLink(file)
            : null;
        return Record(path, reason);
    }

    private string? CheckLink(FileInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return SkipReasons.BrokenLink;
            }

            return IsInside(target.FullName) && !PassesThroughFolderLink(target.FullName)
                ? null
                : SkipReasons.LinkOutsideRoot;
        }
        catch (IOException)
        {
            return SkipReasons.BrokenLink;
        }
    }

    // A target such as root/docs/passwd is outside after all when root/docs links to /etc:
    // resolving the last link only does not resolve the folders on the way.
    private bool PassesThroughFolderLink(string fullPath)
    {
        for (var folder = Path.GetDirectoryName(fullPath);
            folder is not null && folder.Length > _root.Length && folder.Length > _realRoot.Length;
            folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsInside(string fullPath) =>
        fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || fullPath.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private bool Record(string path, string? reason)
    {
        if (reason is null)
        {
            return true;
        }

        Skipped.Add(new SkippedFile(path, reason));
        return false;
    }
}
