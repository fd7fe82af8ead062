namespace PlaybookPortal.Bench;

/// <summary>The <c>--name value</c> options after the subcommand, with readable errors for missing ones.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public CommandArguments(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = arg[2..];
                _options[pending] = "true";
            }
            else if (pending is not null)
            {
                _options[pending] = arg;
                pending = null;
            }
        }
    }

    public string Required(string name) => _options.TryGetValue(name, out var value)
        ? value
        : throw new ArgumentException($"--{name} is required.");

    public string Optional(string name, string fallback) => _options.GetValueOrDefault(name, fallback);

    public int Number(string name, int fallback) =>
        _options.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
