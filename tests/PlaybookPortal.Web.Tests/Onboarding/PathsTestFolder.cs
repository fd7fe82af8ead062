using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Exporting;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Web.Tests.Infrastructure;

namespace PlaybookPortal.Web.Tests.Onboarding;

/// <summary>
/// A content root of its own holding only <c>onboarding/</c> (and an empty <c>playbooks/</c>),
/// imported into the shared portal, whose read steps name the shared test playbooks.
/// </summary>
internal sealed class PathsTestFolder : IDisposable
{
    public PathsTestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "paths-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "playbooks"));
        Directory.CreateDirectory(Path.Combine(Root, "onboarding"));
    }

    public string Root { get; }

    public string PathId { get; } = "path-" + Guid.NewGuid().ToString("N")[..12];

    public string FileOf(string id) => Path.Combine(Root, "onboarding", id + ".yaml");

    public void Write(string yaml) => File.WriteAllText(FileOf(PathId), yaml);

    public static async Task<ImportReport> ImportAsync(PortalFactory portal, string root, bool force = false)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        return await importer.ImportAsync(root, new ImportOptions(Force: force), CancellationToken.None);
    }

    public Task<ImportReport> ImportAsync(PortalFactory portal, bool force = false) => ImportAsync(portal, Root, force);

    public static async Task<ExportReport> ExportAsync(PortalFactory portal, string root, bool force = false)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<ContentExporter>();
        return await exporter.ExportAsync(root, new ExportOptions(force), CancellationToken.None);
    }

    /// <summary>A path with a read step everyone may read, one only account executives may read, and a task.</summary>
    public string Yaml(string positions = "[sdr]", string extraSteps = "") => $"""
        # kept byte for byte
        id: {PathId}
        title: Test path
        positions: {positions}
        steps:
          - id: welcome
            kind: read
            title: Read the welcome
            playbook: general/welcome
            due_day: 1
          - id: ae-notes
            kind: read
            title: Read the AE notes
            playbook: pay/ae-notes
            due_day: 2
          - id: shadow
            kind: task
            title: Shadow a call
            due_day: 5
        {extraSteps}
        """;

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
