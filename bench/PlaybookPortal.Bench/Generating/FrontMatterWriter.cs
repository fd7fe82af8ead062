using System.Text;

namespace PlaybookPortal.Bench.Generating;

/// <summary>Writes the YAML front matter block of a generated playbook, shaped like the starter content's.</summary>
public static class FrontMatterWriter
{
    private static readonly string[] Tags =
    [
        "forecasting", "pipeline", "cadence", "managers", "prospecting", "negotiation", "pricing",
        "onboarding", "coaching", "kpis", "crm", "renewals", "enterprise", "smb", "partners",
    ];

    private static readonly string[] Skills =
    [
        "forecasting", "pipeline-management", "discovery", "negotiation", "demo", "prospecting", "coaching",
    ];

    public static string Write(string title, string summary, string category, bool german, bool managersOnly, Random random)
    {
        var builder = new StringBuilder();
        builder.Append("---\n");
        builder.Append("title: ").Append(title).Append('\n');
        builder.Append("summary: ").Append(summary).Append('\n');
        builder.Append("category: ").Append(category).Append('\n');
        builder.Append("tags: [").AppendJoin(", ", Pick(Tags, random.Next(1, 5), random)).Append("]\n");
        builder.Append("owner: salesops@example.com\n");
        builder.Append("language: ").Append(german ? "de" : "en").Append('\n');
        if (managersOnly)
        {
            builder.Append("audience: [manager]\n");
        }

        builder.Append("skills: [").AppendJoin(", ", Pick(Skills, random.Next(0, 3), random)).Append("]\n");
        builder.Append("---\n\n");
        return builder.ToString();
    }

    private static IEnumerable<string> Pick(string[] values, int count, Random random) =>
        Enumerable.Range(0, count).Select(_ => values[random.Next(values.Length)]).Distinct();
}
