using System.Diagnostics;

namespace PlaybookPortal.Web.Tests.Operator;

/// <summary>Runs the portal's executable the way an operator does and reads what it prints.</summary>
public sealed class OperatorVerbTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("portal-verb-").FullName;

    [Fact]
    public async Task Import_GoodFolder_PrintsTheTallyAndExitsZero()
    {
        Write("content/playbooks/a/one.md", "---\ntitle: One\n---\nBody.\n");
        Write("content/playbooks/a/two.md", "# Two\n\nBody.\n");
        Write("content/playbooks/a/picture.png", "png");

        var (exitCode, output) = await RunAsync("import", Path.Combine(_root, "content"));

        Assert.Equal(0, exitCode);
        Assert.Contains("added 2,", output, StringComparison.Ordinal);
        Assert.Contains("skipped 1,", output, StringComparison.Ordinal);
        Assert.Contains("Skipped 1: not a playbook file type", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FolderWithABrokenFile_NamesFileAndLine_AndExitsOne()
    {
        Write("content/playbooks/good.md", "Fine.\n");
        Write("content/playbooks/bad.md", "---\ntitle: A\ntitle: B\n---\nBody.\n");

        var (exitCode, output) = await RunAsync("import", Path.Combine(_root, "content"));

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.md:3:", output, StringComparison.Ordinal);
        Assert.Contains("added 2,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthcheck_NoPortalRunning_ExitsOne()
    {
        var (exitCode, _) = await RunAsync("healthcheck", "http://127.0.0.1:9");

        Assert.Equal(1, exitCode);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

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
