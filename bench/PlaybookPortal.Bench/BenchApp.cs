using PlaybookPortal.Bench.Generating;
using PlaybookPortal.Bench.InProcess;
using PlaybookPortal.Bench.Querying;
using PlaybookPortal.Bench.Reporting;

namespace PlaybookPortal.Bench;

/// <summary>
/// The harness's subcommands; bench/run.sh calls them in order and bench/README.md describes
/// them. An explicit class rather than top-level statements, whose <c>Program</c> would clash
/// with the portal's.
/// </summary>
public static class BenchApp
{
    private const int DefaultSeed = 20261204;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: generate|queries|inproc|table [--options]; see bench/README.md");
            return 2;
        }

        var options = new CommandArguments(args.Skip(1));
        switch (args[0])
        {
            case "generate":
            {
                var root = options.Required("out");
                Directory.CreateDirectory(root);
                var generator = new CorpusGenerator(CorpusSize.Parse(options.Required("size")), options.Number("seed", DefaultSeed));
                Console.WriteLine($"Wrote {generator.Write(root)} playbooks to {root}");
                return 0;
            }

            case "queries":
            {
                var queries = QuerySetBuilder.Build(options.Number("seed", DefaultSeed));
                await File.WriteAllTextAsync(options.Required("out"), QuerySetBuilder.ToTsv(queries));
                Console.WriteLine($"Wrote {queries.Count} queries");
                return 0;
            }

            case "inproc":
                return await InProcessCommand.RunAsync(options);

            case "table":
                return ReportCommand.Run(options.Required("in"), options.Required("out"));

            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
                return 2;
        }
    }
}
