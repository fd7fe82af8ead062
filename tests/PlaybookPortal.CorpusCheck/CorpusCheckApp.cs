namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// The real-corpus check (CI runs it after the build): imports each real handbook into a fresh
/// portal, reads every page over HTTP as the admin and audits what readers would see. Not
/// top-level statements, whose generated Program class would hide the portal's.
/// </summary>
internal static class CorpusCheckApp
{
    /// <returns>0 when every corpus passes or the corpus is not on this machine; else 1.</returns>
    public static async Task<int> Main()
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var root = CorpusLocator.ExpectedRoot();
        var missing = root is null || !Directory.Exists(root)
            ? root ?? "../shared/corpus"
            : CorpusLocator.Corpora.Select(name => Path.Combine(root, name))
                .FirstOrDefault(folder => !Directory.Exists(folder));
        if (missing is not null)
        {
            // Machines without the handbooks still build and test; say plainly it did not run.
            Console.WriteLine($"Corpus folder not found at {missing} " +
                $"(set {CorpusLocator.EnvironmentVariable}); the real-corpus check was not run.");
            return 0;
        }

        // WebApplicationFactory finds the portal's content root through MvcTestingAppManifest.json
        // in the working directory, as under a test runner; `dotnet run` starts elsewhere.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        var report = new Report(Console.Out);
        var results = new List<CorpusResult>();
        foreach (var name in CorpusLocator.Corpora)
        {
            var corpus = Corpus.Load(name, Path.Combine(root!, name));
            var result = await CorpusRun.RunAsync(corpus, cancel.Token);
            report.Corpus(result);
            results.Add(result);
        }

        report.Quirks(results);
        report.Verdicts(results);
        return results.TrueForAll(r => r.Passed) ? 0 : 1;
    }
}
