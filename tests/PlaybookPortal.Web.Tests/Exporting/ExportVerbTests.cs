using System.Diagnostics;
using PlaybookPortal.Web.Operator;

namespace PlaybookPortal.Web.Tests.Exporting;

/// <summary>Runs <c>import</c> and <c>export</c> on the portal's executable as an operator does.</summary>
public sealed class ExportVerbTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("portal-export-verb-").FullName;

    [Fact]
    public async Task Export_ImportedHandbook_PrintsTheTally_ConflictsExitOne_ForceOverwrites()
    {
        var handbook = Path.Combine(_root, "handbook");
        ExportHandbook.WriteTo(handbook);
        var (importExit, _) = await RunAsync("import", handbook);
        var (firstExit, first) = await RunAsync("export", Path.Combine(_root, "out", "new"));
        var (syncExit, _) = await RunAsync("export", handbook);
        File.WriteAllText(Path.Combine(handbook, "plain.md"), "# Plain page\n\nChanged on disk, not imported.\n");

        var (conflictExit, conflict) = await RunAsync("export", handbook);
        var (forcedExit, forced) = await RunAsync("export", handbook, "--force");

        Assert.Equal((0, 0, 0), (importExit, firstExit, syncExit));
        var tally = $"written {ExportHandbook.Files.Count}, unchanged 0, conflicts 0";
        Assert.Contains(tally, first, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_root, "out", "new", "team", "onboarding")));
        Assert.Equal(1, conflictExit);
        Assert.Contains("Conflicts (1):", conflict, StringComparison.Ordinal);
        Assert.Contains("plain.md: Changed on disk", conflict, StringComparison.Ordinal);
        Assert.Equal(0, forcedExit);
        Assert.Contains("Overwritten (1):", forced, StringComparison.Ordinal);
        var overwritten = File.ReadAllText(Path.Combine(handbook, "plain.md"));
        Assert.Contains("No front matter at all.", overwritten, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutAFolder_PrintsUsage()
    {
        var (exitCode, output) = await RunAsync("export");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: export <folder> [--force]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "content", "--minor" }, true)]
    [InlineData(new[] { "content", "--prune" }, false)]
    public void ImportVerb_MinorFlag_IsReadApartFromHostSettings(string[] args, bool minor)
    {
        var verb = Assert.IsType<ImportVerb>(OperatorVerb.Parse(["import", .. args, "--Portal:TimeZone=UTC"]));

        Assert.Equal(minor, verb.Minor);
        Assert.Equal("content", verb.Folder);
        Assert.Equal(["--Portal:TimeZone=UTC"], verb.HostArgs);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PlaybookPortal.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--Portal:DataPath={Path.Combine(_root, "data")}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
