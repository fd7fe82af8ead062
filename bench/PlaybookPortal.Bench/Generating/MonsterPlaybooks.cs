using System.Text;
using PlaybookPortal.Markdown.Limits;

namespace PlaybookPortal.Bench.Generating;

/// <summary>
/// The outliers every real handbook has one of: a very long page, a 2,000-row table and a deeply
/// nested list. Each stays inside the content limits, or the import would refuse it and the
/// benchmark would measure nothing.
/// </summary>
public sealed class MonsterPlaybooks(PlaybookComposer composer, TextComposer text)
{
    private const string Category = "monsters";

    // Close to the 2 MB limit; sections are made of paragraphs, so no line comes near 200 KB.
    private const int LongPageBytes = 1_800_000;

    private const int TableRows = 2_000;

    // Below the nesting limit of 32, leaving room for how the estimator counts.
    private const int ListDepth = 28;

    public IEnumerable<GeneratedPlaybook> Create(int copies)
    {
        for (var copy = 1; copy <= copies; copy++)
        {
            yield return Checked(composer.Compose(Category, $"long-page-{copy}", LongPageBytes, false, false, []));
            yield return Checked(LargeTable(copy));
            yield return Checked(DeepList(copy));
        }
    }

    private GeneratedPlaybook LargeTable(int copy)
    {
        var body = new StringBuilder();
        body.Append(FrontMatterWriter.Write($"Rate card {copy}", text.Sentence(false), Category, false, false, text.Random));
        body.Append(text.Paragraph(false)).Append("\n\n## Rates\n\n");
        composer.AppendTable(body, false, TableRows);
        body.Append('\n');
        return new GeneratedPlaybook(Category, $"large-table-{copy}", body.ToString(), ["rates"]);
    }

    private GeneratedPlaybook DeepList(int copy)
    {
        var body = new StringBuilder();
        body.Append(FrontMatterWriter.Write($"Escalation tree {copy}", text.Sentence(false), Category, false, false, text.Random));
        body.Append(text.Paragraph(false)).Append("\n\n## Escalation\n\n");
        for (var level = 0; level < ListDepth; level++)
        {
            body.Append(' ', level * 2).Append("- ").Append(text.Sentence(false)).Append('\n');
        }

        return new GeneratedPlaybook(Category, $"deep-list-{copy}", body.ToString(), ["escalation"]);
    }

    private static GeneratedPlaybook Checked(GeneratedPlaybook playbook)
    {
        var violations = ContentLimitChecker.Check(playbook.Source);
        return violations.Count == 0
            ? playbook
            : throw new InvalidOperationException(
                $"Generated {playbook.RelativePath} breaks a content limit: {violations[0].Message}");
    }
}
