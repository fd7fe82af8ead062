using System.Text.RegularExpressions;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Core.Tests.Support;
using Xunit.Abstractions;

namespace PlaybookPortal.Core.Tests.Corpus;

public partial class CorpusFrontMatterTests(ITestOutputHelper output)
{
    [CorpusTheory("gitlab-sales", "sourcegraph-gtm", "skills")]
    [InlineData("gitlab-sales")]
    [InlineData("sourcegraph-gtm")]
    [InlineData("skills")]
    public void Parse_EveryRealPlaybook_DoesNotThrowAndProblemsAreCounted(string corpus)
    {
        var tree = ContentDiscovery.Discover(CorpusLocator.Require(corpus));
        var documents = new List<FrontMatterDocument>();

        foreach (var playbook in tree.Playbooks)
        {
            var source = File.ReadAllText(playbook.FullPath);
            documents.Add(FrontMatterParser.Parse(source, playbook.RelativePath));
        }

        var problems = documents.SelectMany(d => d.Problems).ToList();
        var withFrontMatter = documents.Count(d => d.HasFrontMatter);
        var withErrors = documents.Count(d => d.HasErrors);
        output.WriteLine(
            $"{corpus}: {documents.Count} playbooks, {withFrontMatter} with front matter, " +
            $"{withErrors} with errors");
        foreach (var kind in problems.GroupBy(KindOf).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Count(),4} × {kind.Key}   e.g. {kind.First()}");
        }

        Assert.Equal(tree.Playbooks.Count, documents.Count);
        Assert.All(problems, p => Assert.True(p.Line is null or > 0));
    }

    // Quoted values and numbers vary per file; what is left names the kind of problem.
    private static string KindOf(ContentProblem problem) =>
        $"{problem.Severity}: {Numbers().Replace(Quoted().Replace(problem.Message, "'…'"), "N")}";

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
