using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data.Importing;

namespace PlaybookPortal.Web.Operator;

/// <summary>
/// <c>import &lt;folder&gt; [--prune] [--force] [--minor]</c>: imports a content folder into the
/// database, prints what happened to every file that did not simply load, and exits 1 on any
/// failure or conflict. Imported changes are material unless <c>--minor</c> says they are typo fixes, so
/// readers are not asked to acknowledge them again.
/// </summary>
public sealed record ImportVerb(string? Folder, bool Prune, bool Force, bool Minor, string[] HostArgs)
    : OperatorVerb(HostArgs)
{
    public static ImportVerb From(string[] args)
    {
        var (own, host) = Split(args, "--prune", "--force", "--minor");
        var folder = own.FirstOrDefault(a => !a.StartsWith('-'));
        return new ImportVerb(
            folder, own.Contains("--prune"), own.Contains("--force"), own.Contains("--minor"), host);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(Folder))
        {
            await output.WriteLineAsync("usage: import <folder> [--prune] [--force] [--minor]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        var options = new ImportOptions(Prune, Force, Minor: Minor);
        var report = await importer.ImportAsync(Folder, options, CancellationToken.None);
        await ImportReportPrinter.PrintAsync(report, output);
        // A conflict left a file unimported: a script running this must be able to tell.
        return report.HasFailures || report.Count(ImportOutcome.Conflict) > 0 ? 1 : 0;
    }
}
