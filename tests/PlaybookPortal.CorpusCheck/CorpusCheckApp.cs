namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// The real-corpus check (CI runs it after the build): imports each real handbook into a fresh
/// portal, reads every page over HTTP as the admin, audits what readers would see and ranks
/// the judged searches. The starter content's judged searches run first, corpus or not. Not
/// top-level statements, whose generated Program class would hide the portal's.
/// </summary>
internal static class CorpusCheckApp
{
    /// <returns>
    /// 0 when the starter content and every corpus pass (or the corpus is not on this
    /// machine); else 1.
    /// </returns>
    public static async Task<int> Main()
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        // A parser that silently read nothing would fail every search for the wrong reason, and
        // a judgment file that does not read should stop the check before any portal starts.
        SearchResultLinksSelfCheck.Run();
        var judged = CorpusLocator.Corpora.Append(JudgedSearchFile.StarterName)
            .ToDictionary(name => name, JudgedSearchFile.Load, StringComparer.Ordinal);

        var root = CorpusLocator.ExpectedRoot();
        var content = CorpusLocator.StarterContentRoot();
        var missing = root is null || !Directory.Exists(root)
            ? root ?? "../shared/corpus"
            : CorpusLocator.Corpora.Select(name => Path.Combine(root, name))
                .FirstOrDefault(folder => !Directory.Exists(folder));

        // WebApplicationFactory finds the portal's content root through MvcTestingAppManifest.json
        // in the working directory, as under a test runner; `dotnet run` starts elsewhere.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        var report = new Report(Console.Out);
        StarterResult? starter = null;
        if (content is null)
        {
            Console.WriteLine("The repository's content folder was not found; its judged searches were not run.");
        }
        else
        {
            starter = await StarterRun.RunAsync(
                content, judged[JudgedSearchFile.StarterName], cancel.Token);
            report.Starter(starter);
        }

        if (missing is not null)
        {
            // Machines without the handbooks still build and test; say plainly it did not run.
            Console.WriteLine($"Corpus folder not found at {missing} " +
                $"(set {CorpusLocator.EnvironmentVariable}); the real-corpus check was not run.");
            report.Verdicts(starter, []);
            return starter?.Passed == false ? 1 : 0;
        }

        var results = new List<CorpusResult>();
        foreach (var name in CorpusLocator.Corpora)
        {
            var corpus = Corpus.Load(name, Path.Combine(root!, name));
            var result = await CorpusRun.RunAsync(corpus, judged[name], cancel.Token);
            report.Corpus(result);
            results.Add(result);
        }

        report.Quirks(results);
        report.Verdicts(starter, results);
        return starter?.Passed != false && results.TrueForAll(r => r.Passed) ? 0 : 1;
    }
}
