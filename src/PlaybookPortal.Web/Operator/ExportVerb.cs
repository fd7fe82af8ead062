using PlaybookPortal.Core.Exporting;
using PlaybookPortal.Data.Exporting;

namespace PlaybookPortal.Web.Operator;

/// <summary>
/// <c>export &lt;folder&gt; [--force]</c>: writes every published playbook into a folder
/// (created when missing), prints what happened to each file that did not simply stay as it
/// was, and exits 1 when a conflict left a file untouched.
/// </summary>
public sealed record ExportVerb(string? Folder, bool Force, string[] HostArgs) : OperatorVerb(HostArgs)
{
    public static ExportVerb From(string[] args)
    {
        var (own, host) = Split(args, "--force");
        var folder = own.FirstOrDefault(a => !a.StartsWith('-'));
        return new ExportVerb(folder, own.Contains("--force"), host);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(Folder))
        {
            await output.WriteLineAsync("usage: export <folder> [--force]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetRequiredService<ContentExporter>();
        var report = await exporter.ExportAsync(Folder, new ExportOptions(Force), CancellationToken.None);
        await ExportReportPrinter.PrintAsync(report, output);
        return report.HasConflicts ? 1 : 0;
    }
}
