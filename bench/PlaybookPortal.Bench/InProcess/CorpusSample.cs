using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>
/// A fixed sample of a generated corpus's playbook bodies (front matter removed): every n-th
/// file in path order plus every monster, so the sample has the corpus's mix of sizes.
/// </summary>
public static class CorpusSample
{
    public static IReadOnlyList<string> Bodies(string contentRoot, int approximateCount)
    {
        var files = Directory.GetFiles(Path.Combine(contentRoot, "playbooks"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var step = Math.Max(1, files.Length / approximateCount);
        return files
            .Where((file, i) => i % step == 0 || file.Contains($"{Path.DirectorySeparatorChar}monsters{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => FrontMatterParser.Parse(File.ReadAllText(file)).Body)
            .ToList();
    }
}
