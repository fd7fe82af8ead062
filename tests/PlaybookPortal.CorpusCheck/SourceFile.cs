namespace PlaybookPortal.CorpusCheck;

/// <summary>One file on disk under a corpus folder, read once and shared by every audit.</summary>
/// <param name="RelativePath">Path below the corpus folder with '/' separators.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Text">The file decoded as UTF-8 (binary files decode to noise no rule matches).</param>
internal sealed record SourceFile(string RelativePath, long Length, string Text)
{
    /// <summary>Every file under <paramref name="root"/>, hidden ones and hidden folders' too.</summary>
    public static IReadOnlyList<SourceFile> ReadAll(string root)
    {
        var every = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        return Directory.EnumerateFiles(root, "*", every)
            .Select(path => new SourceFile(
                Path.GetRelativePath(root, path).Replace('\\', '/'),
                new FileInfo(path).Length,
                File.ReadAllText(path)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
