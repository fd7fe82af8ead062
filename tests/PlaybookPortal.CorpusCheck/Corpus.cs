using PlaybookPortal.Core.Content;

namespace PlaybookPortal.CorpusCheck;

/// <summary>One corpus folder and every file in it, read once.</summary>
/// <param name="Name">The folder's name (gitlab-sales, …).</param>
/// <param name="Root">The folder.</param>
/// <param name="PlaybooksPrefix">
/// "playbooks/" when the folder has one, else empty: the importer names playbooks relative to
/// the playbooks root and everything else relative to the folder.
/// </param>
/// <param name="Files">Every file on disk, relative to <paramref name="Root"/>.</param>
internal sealed record Corpus(
    string Name, string Root, string PlaybooksPrefix, IReadOnlyList<SourceFile> Files)
{
    public static Corpus Load(string name, string root) => new(
        name,
        root,
        ContentDiscovery.Discover(root).HasPlaybooksFolder ? ContentDiscovery.PlaybooksFolder + "/" : "",
        SourceFile.ReadAll(root));

    /// <summary>The corpus-relative path of a path relative to the playbooks root.</summary>
    public string FromPlaybookPath(string playbookRelativePath) => PlaybooksPrefix + playbookRelativePath;
}
