using PlaybookPortal.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Yaml;

/// <summary>
/// Loads YAML text into YamlDotNet's representation model and turns every failure into a
/// <see cref="ContentProblem"/> with a line number in the file the text came from.
/// </summary>
internal static class YamlLoader
{
    /// <summary>Deeper than any real front matter or catalog; shallow enough to be safe.</summary>
    internal const int MaxDepth = 64;

    /// <param name="yaml">The YAML text.</param>
    /// <param name="lineOffset">Lines of the file before the text's first line.</param>
    /// <param name="relativePath">The file, for the problems; may be null.</param>
    public static YamlLoadResult Load(string yaml, int lineOffset, string? relativePath)
    {
        var parser = new CheckedYamlParser(new Parser(new StringReader(yaml)), MaxDepth);
        var stream = new YamlStream();
        var problems = new List<ContentProblem>();

        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var line = e.Start.Line > 0 ? (int)e.Start.Line : LineOf(parser.LastMark);
            problems.Add(Error(lineOffset + line, $"not valid YAML: {Describe(e)}"));
            return new YamlLoadResult(null, problems);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException for some unterminated flow
            // collections; the last event read is the best location there is.
            problems.Add(Error(
                lineOffset + LineOf(parser.LastMark),
                "not valid YAML: a [list] or {mapping} is not closed"));
            return new YamlLoadResult(null, problems);
        }

        foreach (var duplicate in parser.Duplicates)
        {
            problems.Add(Error(
                lineOffset + duplicate.Line,
                $"duplicate key '{duplicate.Key}' (already given as '{duplicate.FirstKey}' on " +
                $"line {lineOffset + duplicate.FirstLine}); the first value is kept"));
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(Error(
                lineOffset + (int)stream.Documents[1].RootNode.Start.Line,
                "more than one YAML document; only the first is read"));
        }

        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        return new YamlLoadResult(root, problems);

        ContentProblem Error(int line, string message) =>
            new(relativePath, line, ProblemSeverity.Error, message);
    }

    private static int LineOf(Mark? mark) => mark is { Line: > 0 } known ? (int)known.Line : 1;

    // YamlDotNet's messages sometimes repeat the location in brackets; the problem has it.
    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.');
    }
}
