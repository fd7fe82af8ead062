using PlaybookPortal.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlaybookPortal.Core.Content;

/// <summary>
/// Splits a playbook file into front matter and body and reads the front matter
/// (PRODUCT.md "Content on disk"): YAML between <c>---</c> fences at the very start of the
/// file, a byte-order mark and CRLF tolerated, fences allowed trailing spaces, keys matched
/// without regard to case.
/// </summary>
/// <remarks>
/// Never throws for any text: everything wrong is a <see cref="ContentProblem"/> with a
/// 1-based line in the file. Stateless and thread-safe.
/// </remarks>
public static class FrontMatterParser
{
    private static readonly IReadOnlyDictionary<string, string?> NoKeys =
        new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses <paramref name="source"/>; problems carry no path.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static FrontMatterDocument Parse(string source) => Parse(source, null);

    /// <summary>Parses <paramref name="source"/>, naming the file in problems.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static FrontMatterDocument Parse(string source, string? relativePath)
    {
        ArgumentNullException.ThrowIfNull(source);

        var block = FrontMatterFences.Find(source);
        var problems = new List<ContentProblem>();
        var document = new FrontMatterDocument
        {
            HasFrontMatter = block.Closed,
            RawKeys = NoKeys,
            Fields = PlaybookFrontMatter.Empty,
            Body = block.Body,
            BodyStartLine = block.BodyStartLine,
            Problems = problems,
        };

        if (block.Opened && !block.Closed)
        {
            problems.Add(new ContentProblem(relativePath, 1, ProblemSeverity.Warning,
                "the front matter opened here is never closed; the whole file is read as body"));
        }

        if (block.Closed)
        {
            document = ReadBlock(document, block.Yaml, problems, relativePath);
        }

        if (string.IsNullOrWhiteSpace(block.Body))
        {
            problems.Add(new ContentProblem(relativePath, null, ProblemSeverity.Notice,
                block.Closed ? "the page has front matter but no body" : "the page is empty"));
        }

        return document;
    }

    private static FrontMatterDocument ReadBlock(
        FrontMatterDocument document,
        string yaml,
        List<ContentProblem> problems,
        string? relativePath)
    {
        var loaded = YamlLoader.Load(yaml, FrontMatterBlock.YamlLineOffset, relativePath);
        problems.AddRange(loaded.Problems);

        switch (loaded.Root)
        {
            case null:
                return document;
            case YamlMappingNode mapping:
                var (fields, keys) = FrontMatterFieldReader.Read(mapping, problems, relativePath);
                return document with { Fields = fields, RawKeys = keys };
            case var root when YamlNodes.IsNull(root):
                return document;
            case var root:
                problems.Add(new ContentProblem(
                    relativePath,
                    FrontMatterBlock.YamlLineOffset + YamlNodes.LineOf(root),
                    ProblemSeverity.Error,
                    $"front matter must be keys with values, not {YamlNodes.KindOf(root)}"));
                return document;
        }
    }
}
