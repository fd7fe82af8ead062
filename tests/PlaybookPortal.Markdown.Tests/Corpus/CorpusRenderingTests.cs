using System.Diagnostics;
using System.Text.RegularExpressions;
using PlaybookPortal.Markdown.Outline;
using PlaybookPortal.Markdown.Tests.Support;
using Xunit.Abstractions;

namespace PlaybookPortal.Markdown.Tests.Corpus;

/// <summary>
/// Renders every file of the real handbooks (read in place, never copied) and checks that no
/// kramdown, template or unsafe markup reaches the page.
/// </summary>
public partial class CorpusRenderingTests(ITestOutputHelper output)
{
    private static readonly string[] ForbiddenInHtml =
        ["{:", "- TOC", "<li>TOC</li>", "<%", "<iframe", "<script", "javascript:"];

    [CorpusFact]
    public void Render_EveryCorpusPage_IsCleanAndNotDegraded()
    {
        var renderer = new PlaybookRenderer();
        var problems = new List<string>();
        var totals = new CorpusTotals();

        foreach (var (path, body) in CorpusPages())
        {
            var rendered = renderer.Render(body, new RenderRequest(DropFirstTitleHeading: true));
            totals.Add(rendered);
            problems.AddRange(Problems(rendered).Select(problem => $"{path}: {problem}"));
        }

        output.WriteLine(totals.ToString());
        Assert.True(totals.Pages > 0, "The corpus folder holds no pages.");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [CorpusFact]
    public void Outline_EveryCorpusPage_AgreesWithRenderedHeadings()
    {
        var renderer = new PlaybookRenderer();
        var outliner = new MarkdownOutliner();
        var problems = new List<string>();
        var titled = 0;

        foreach (var (path, body) in CorpusPages())
        {
            var outline = outliner.Outline(body);
            var rendered = renderer.Render(body, new RenderRequest(DropFirstTitleHeading: false));
            titled += outline.Title is null ? 0 : 1;
            if (!outline.Headings.SequenceEqual(rendered.Headings))
            {
                problems.Add($"{path}: outline and rendered headings differ");
            }
        }

        output.WriteLine($"Pages with a title heading: {titled}");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [CorpusFact]
    public void Render_LargestCorpusPage_IsNotDegraded()
    {
        var (path, body) = CorpusPages().MaxBy(page => page.Body.Length);
        var renderer = new PlaybookRenderer();
        renderer.Render(body, new RenderRequest(true));

        var watch = Stopwatch.StartNew();
        var rendered = renderer.Render(body, new RenderRequest(true));
        watch.Stop();

        // Reported, not asserted: timings depend on the machine.
        output.WriteLine($"{path}: {body.Length:N0} characters rendered in {watch.ElapsedMilliseconds} ms");
        Assert.False(rendered.Degraded);
    }

    private static IEnumerable<string> Problems(RenderedPlaybook rendered)
    {
        if (rendered.Degraded)
        {
            yield return "degraded: " + rendered.Notice;
        }

        // Code samples may legitimately show kramdown or ERB syntax, so code is left out.
        var prose = CodeElements().Replace(rendered.Html, string.Empty);
        var found = ForbiddenInHtml.Where(f => prose.Contains(f, StringComparison.OrdinalIgnoreCase));
        foreach (var forbidden in found)
        {
            yield return $"HTML contains {forbidden}";
        }

        var lines = rendered.PlainText.Split('\n');
        if (lines.Any(line => line.Trim().Equals("On this page", StringComparison.OrdinalIgnoreCase)))
        {
            yield return "plain text contains the On this page heading";
        }
    }

    private static IEnumerable<(string Path, string Body)> CorpusPages()
    {
        var root = CorpusLocator.Directory!;
        return CorpusLocator.Folders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(root, file), FrontMatter.Strip(File.ReadAllText(file))));
    }

    [GeneratedRegex("<pre[ >].*?</pre>|<code[ >].*?</code>", RegexOptions.Singleline)]
    private static partial Regex CodeElements();
}
