namespace PlaybookPortal.Web.Hosting;

/// <summary>
/// Absolute folders derived from <see cref="PortalOptions"/>. A relative content path resolves
/// against the application's folder, so a published portal finds the <c>content/</c> copied
/// beside it whatever the working directory; a relative data path resolves against the host's
/// content root (the working directory), so data survives a rebuild of the binaries.
/// </summary>
public sealed class PortalPaths
{
    public PortalPaths(PortalOptions options, string applicationFolder, string workingFolder)
    {
        ContentRoot = Resolve(options.ContentPath, applicationFolder);
        DataRoot = Resolve(options.DataPath, workingFolder);
    }

    public string ContentRoot { get; }

    public string DataRoot { get; }

    public string DatabaseFile => Path.Combine(DataRoot, "portal.db");

    public string OutboxFolder => Path.Combine(DataRoot, "outbox");

    public string SearchIndexFolder => Path.Combine(DataRoot, "index");

    private static string Resolve(string path, string applicationFolder) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(applicationFolder, path));
}
