using System.Globalization;
using System.Text;

namespace PlaybookPortal.Bench.Generating;

/// <summary>
/// Writes a content root of <c>count</c> sales playbooks (monsters included) from a fixed seed:
/// the same seed and count always give the same bytes.
/// </summary>
public sealed class CorpusGenerator(int count, int seed)
{
    /// <summary>How many distinct tail words the vocabulary has beyond the core sales words.</summary>
    public const int TailWords = 6_000;

    public static readonly string[] Categories =
    [
        "pipeline", "process", "kpis", "enablement", "compensation", "team", "prospecting", "negotiation",
    ];

    private const int MinBytes = 1024;
    private const int MaxBytes = 60 * 1024;
    private const int MonsterCopies = 2;

    // Links point at a window of recent playbooks; all of them would make every link cost a scan.
    private const int LinkWindow = 200;

    public int Write(string root)
    {
        var random = new Random(seed);
        var text = new TextComposer(new SalesVocabulary(TailWords), random);
        var composer = new PlaybookComposer(text);
        var playbooks = Path.Combine(root, "playbooks");
        if (Directory.Exists(playbooks))
        {
            Directory.Delete(playbooks, recursive: true);
        }

        File.WriteAllText(Path.Combine(root, "positions.yaml"), PositionsYaml, Encoding.UTF8);
        var monsters = new MonsterPlaybooks(composer, text).Create(MonsterCopies).ToList();
        var earlier = new List<PlaybookLinkTarget>();
        var written = 0;
        foreach (var monster in monsters)
        {
            WritePlaybook(playbooks, monster);
            written++;
        }

        for (var i = 0; written < count; i++, written++)
        {
            var category = Categories[random.Next(Categories.Length)];
            var name = Anchors.Of(text.Words(random.Next(1, 4), false)) + "-" + i.ToString(CultureInfo.InvariantCulture);

            // Log-uniform sizes: most playbooks are a few KB, a few reach 60 KB.
            var target = (int)Math.Exp(Math.Log(MinBytes) + (random.NextDouble() * (Math.Log(MaxBytes) - Math.Log(MinBytes))));
            var german = random.Next(20) == 0;
            var managersOnly = random.Next(25) == 0;
            var playbook = composer.Compose(category, name, target, german, managersOnly, earlier);
            WritePlaybook(playbooks, playbook);
            earlier.Add(playbook.AsLinkTarget());
            if (earlier.Count > LinkWindow)
            {
                earlier.RemoveAt(0);
            }
        }

        return written;
    }

    private static void WritePlaybook(string playbooks, GeneratedPlaybook playbook)
    {
        var path = Path.Combine(playbooks, playbook.Category, playbook.Name + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, playbook.Source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private const string PositionsYaml = """
        # Positions of the generated corpus; audiences in it name only "manager".
        positions:
          - id: ae
            title: Account executive
            description: Carries a new-business quota.

          - id: sales-manager
            title: Front-line sales manager
            description: Leads a team of reps.

        """;
}
