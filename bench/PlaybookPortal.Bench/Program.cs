using PlaybookPortal.Bench;
using PlaybookPortal.Bench.Generating;
using PlaybookPortal.Bench.InProcess;
using PlaybookPortal.Bench.Querying;
using PlaybookPortal.Bench.Reporting;

// The harness's subcommands; bench/run.sh calls them in order and README.md describes them.
const int DefaultSeed = 20261204;
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: generate|queries|inproc|table [--options]; see bench/README.md");
    return 2;
}

var options = new CommandArguments(args.Skip(1));
switch (args[0])
{
    case "generate":
    {
        var root = options.Required("out");
        Directory.CreateDirectory(root);
        var count = new CorpusGenerator(CorpusSize.Parse(options.Required("size")), options.Number("seed", DefaultSeed)).Write(root);
        Console.WriteLine($"Wrote {count} playbooks to {root}");
        return 0;
    }

    case "queries":
    {
        var queries = QuerySetBuilder.Build(options.Number("seed", DefaultSeed));
        File.WriteAllText(options.Required("out"), QuerySetBuilder.ToTsv(queries));
        Console.WriteLine($"Wrote {queries.Count} queries");
        return 0;
    }

    case "inproc":
        return await InProcessCommand.RunAsync(options);

    case "table":
        return ReportCommand.Run(options.Required("in"), options.Required("out"));

    default:
        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        return 2;
}
