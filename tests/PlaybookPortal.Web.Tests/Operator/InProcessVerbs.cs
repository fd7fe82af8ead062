using Microsoft.AspNetCore.Builder;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Operator;

namespace PlaybookPortal.Web.Tests.Operator;

/// <summary>
/// Runs <c>backup</c> and <c>restore</c> in this process over a host configured from the same
/// command line Program.cs sees, so a test can run them beside a portal it hosts.
/// </summary>
internal static class InProcessVerbs
{
    public static Task<(int ExitCode, string Output)> BackupAsync(string dataRoot, params string[] arguments) =>
        RunAsync(["backup", .. arguments, $"--Portal:DataPath={dataRoot}"]);

    public static Task<(int ExitCode, string Output)> RestoreAsync(string dataRoot, params string[] arguments) =>
        RunAsync(["restore", .. arguments, $"--Portal:DataPath={dataRoot}"]);

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] arguments)
    {
        var verb = OperatorVerb.Parse(arguments);
        var builder = WebApplication.CreateBuilder(verb!.HostArgs);
        builder.AddPortalOptions();
        await using var app = builder.Build();
        await using var output = new StringWriter();
        var exitCode = verb switch
        {
            BackupVerb backup => await backup.RunAsync(app.Services, output),
            RestoreVerb restore => await restore.RunAsync(app.Services, output),
            _ => throw new ArgumentException($"{arguments[0]} is not run in process", nameof(arguments)),
        };
        return (exitCode, output.ToString());
    }
}
