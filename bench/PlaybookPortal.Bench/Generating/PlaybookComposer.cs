using System.Globalization;
using System.Text;

namespace PlaybookPortal.Bench.Generating;

/// <summary>
/// Composes one ordinary playbook: front matter, a lead, 3–12 sections of paragraphs, lists,
/// pipe tables and relative links to playbooks written before it, near a target size.
/// </summary>
public sealed class PlaybookComposer(TextComposer text)
{
    private Random Random => text.Random;

    public GeneratedPlaybook Compose(string category, string name, int targetBytes, bool german,
        bool managersOnly, IReadOnlyList<PlaybookLinkTarget> earlier)
    {
        var title = text.Title(german, Random.Next(2, 6));
        var body = new StringBuilder();
        body.Append(FrontMatterWriter.Write(title, text.Sentence(german), category, german, managersOnly, Random));
        body.Append(text.Paragraph(german)).Append(' ').Append(Link(category, earlier)).Append("\n\n");

        var sections = Random.Next(3, 13);
        var sectionBytes = Math.Max(200, (targetBytes - body.Length) / sections);
        var anchors = new List<string>(sections);
        for (var i = 0; i < sections; i++)
        {
            var heading = text.Words(Random.Next(1, 4), german) + " " + i.ToString(CultureInfo.InvariantCulture);
            anchors.Add(Anchors.Of(heading));
            body.Append("## ").Append(char.ToUpperInvariant(heading[0])).Append(heading[1..]).Append("\n\n");
            AppendSection(body, sectionBytes, german, category, earlier);
        }

        return new GeneratedPlaybook(category, name, body.ToString(), anchors);
    }

    private void AppendSection(StringBuilder body, int budget, bool german, string category,
        IReadOnlyList<PlaybookLinkTarget> earlier)
    {
        var start = body.Length;
        while (body.Length - start < budget)
        {
            var roll = Random.Next(100);
            if (roll < 55)
            {
                body.Append(text.Paragraph(german));
            }
            else if (roll < 70)
            {
                AppendList(body, german, ordered: false);
            }
            else if (roll < 78)
            {
                AppendList(body, german, ordered: true);
            }
            else if (roll < 88)
            {
                AppendTable(body, german, Random.Next(2, 9));
            }
            else if (roll < 93)
            {
                body.Append("### ").Append(text.Title(german, Random.Next(1, 4)));
            }
            else
            {
                body.Append(text.Sentence(german)).Append(" See ").Append(Link(category, earlier)).Append('.');
            }

            body.Append("\n\n");
        }
    }

    private void AppendList(StringBuilder body, bool german, bool ordered)
    {
        var items = Random.Next(2, 8);
        for (var i = 0; i < items; i++)
        {
            body.Append(ordered ? $"{i + 1}. " : "- ").Append(text.Sentence(german)).Append('\n');
            if (Random.Next(5) == 0)
            {
                body.Append("   - ").Append(text.Words(Random.Next(2, 6), german)).Append('\n');
            }
        }

        body.Length--;
    }

    public void AppendTable(StringBuilder body, bool german, int rows)
    {
        var columns = Random.Next(2, 5);
        body.Append('|');
        for (var c = 0; c < columns; c++)
        {
            body.Append(' ').Append(text.Title(german, 1)).Append(" |");
        }

        body.Append("\n|").Append(string.Concat(Enumerable.Repeat(" --- |", columns)));
        for (var r = 0; r < rows; r++)
        {
            body.Append("\n|");
            for (var c = 0; c < columns; c++)
            {
                body.Append(' ').Append(text.Words(Random.Next(1, 4), german)).Append(" |");
            }
        }
    }

    // A relative link to an earlier playbook, often to one of its sections.
    private string Link(string category, IReadOnlyList<PlaybookLinkTarget> earlier)
    {
        if (earlier.Count == 0)
        {
            return "the team";
        }

        var target = earlier[Random.Next(earlier.Count)];
        var anchor = target.Anchors.Count > 0 && Random.Next(2) == 0
            ? "#" + target.Anchors[Random.Next(target.Anchors.Count)]
            : string.Empty;
        var path = target.Category == category ? $"{target.Name}.md" : $"../{target.Category}/{target.Name}.md";
        return $"[{target.Name.Replace('-', ' ')}]({path}{anchor})";
    }
}
