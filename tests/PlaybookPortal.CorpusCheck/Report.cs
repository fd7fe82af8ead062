using static System.FormattableString;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Prints the figures, every finding, the judged searches' ranks and the quirk table as plain
/// Markdown to stdout.
/// </summary>
internal sealed class Report(TextWriter output)
{
    public void Corpus(CorpusResult result)
    {
        var import = result.Import;
        var pages = result.Pages;
        output.WriteLine(Invariant($"## {result.Name}"));
        output.WriteLine();
        var skipped = import.SkippedByReason.Values.Sum();
        var failed = import.FailedByReason.Values.Sum();
        output.WriteLine(Invariant(
            $"- files {import.Files}, imported {import.Imported}, skipped {skipped}, failed {failed}; ") +
            Invariant($"import {import.Seconds:F1} s"));
        Tally("skipped", import.SkippedByReason);
        Tally("failed", import.FailedByReason);
        Tally("problem", import.ProblemsByKind);
        output.WriteLine(Invariant($"- pages fetched {pages.Pages} ({pages.Rendered} rendered, ") +
            Invariant($"{pages.Redirects} redirect stubs) in {pages.Seconds:F1} s"));
        var links = result.Links;
        output.WriteLine(Invariant($"- internal links resolved {links.Resolved}, broken {links.Broken}"));
        var trip = result.RoundTrip;
        output.WriteLine(
            Invariant($"- export round trip: {trip.Exported} files written in {trip.ExportSeconds:F1} s; ") +
            Invariant($"{trip.OnlyIdAdded} of {trip.Compared} differ from the original only by the id line ") +
            Invariant($"({trip.NotPlaybooks} files are no playbooks, never exported); ") +
            Invariant($"import of the export: {trip.ReimportUnchanged} unchanged in {trip.ReimportSeconds:F1} s"));
        Findings(result.Findings);
        Searches(result.Searches);
    }

    public void Starter(StarterResult result)
    {
        output.WriteLine(Invariant($"## {result.Name} (the repository's own content)"));
        output.WriteLine();
        output.WriteLine(Invariant($"- imported {result.Imported}"));
        Findings(result.Findings);
        Searches(result.Searches);
    }

    public void Quirks(IReadOnlyList<CorpusResult> results)
    {
        output.WriteLine("## QUIRKS.md rows: pages showing the quirk, and whether its treatment held");
        output.WriteLine();
        var corpora = string.Join(" | ", results.Select(r => r.Name));
        output.WriteLine($"| # | quirk | {corpora} | checked by | treatment |");
        output.WriteLine("| ---: | --- | " + string.Concat(results.Select(_ => "---: | ")) + "--- | --- |");
        for (var row = 0; row < QuirkRules.All.Count; row++)
        {
            var rule = QuirkRules.All[row];
            var counts = results.Select(r => r.Quirks[row]).ToList();
            var failures = counts.Sum(c => c.Failures);
            var verdict = counts.Sum(c => c.Files) == 0 ? "not present"
                : failures == 0 ? "passed"
                : Invariant($"FAILED ({failures} findings)");
            output.WriteLine(Invariant($"| {rule.Number} | {Cell(rule.Quirk)} | ") +
                string.Concat(counts.Select(c => Invariant($"{c.Files} | "))) +
                Invariant($"{string.Join(", ", rule.Checks)} | {verdict} |"));
        }

        output.WriteLine();
    }

    public void Verdicts(StarterResult? starter, IReadOnlyList<CorpusResult> results)
    {
        if (starter is not null)
        {
            output.WriteLine(starter.Passed
                ? Invariant($"{starter.Name}: passed")
                : Invariant($"{starter.Name}: FAILED with {starter.Findings.Count} findings"));
        }

        foreach (var result in results)
        {
            output.WriteLine(result.Passed
                ? Invariant($"{result.Name}: passed")
                : Invariant($"{result.Name}: FAILED with {result.Findings.Count} findings"));
        }

        // Worded so CI's closing-line reader never mistakes it for the test total.
        if (results.Count > 0)
        {
            var passed = results.Count(r => r.Passed);
            output.WriteLine(Invariant($"Real-corpus check: {passed} of {results.Count} corpora passed"));
        }
    }

    private void Findings(IReadOnlyList<Finding> findings)
    {
        output.WriteLine(Invariant($"- findings {findings.Count}"));
        foreach (var finding in findings)
        {
            output.WriteLine(Invariant($"  - {finding}"));
        }

        output.WriteLine();
    }

    private void Searches(IReadOnlyList<SearchRank> ranks)
    {
        var passed = ranks.Count(r => r.Passed);
        output.WriteLine(Invariant(
            $"Judged searches: {passed} of {ranks.Count} rank a right answer within the first {SearchRank.Worst}."));
        output.WriteLine();
        output.WriteLine("| query | kind | expected | rank |");
        output.WriteLine("| --- | --- | --- | ---: |");
        foreach (var rank in ranks)
        {
            var search = rank.Search;
            var verdict = rank.Passed ? "" : " ✗";
            output.WriteLine(Invariant($"| {Cell(search.Query)} | {Cell(search.Kind)} | ") +
                Invariant($"{Cell(string.Join(", ", search.Answers))} | {Cell(rank.Shown)}{verdict} |"));
        }

        output.WriteLine();
    }

    private void Tally(string label, IReadOnlyDictionary<string, int> counts)
    {
        foreach (var (reason, count) in counts)
        {
            output.WriteLine(Invariant($"  - {label} {count} × {reason}"));
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
