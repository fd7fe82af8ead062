namespace PlaybookPortal.Core.Content;

/// <summary>A playbook file split into its front matter and its body.</summary>
/// <remarks>
/// When <see cref="Problems"/> holds an error the front matter is malformed and the fields
/// are a best effort. An <c>audience</c> of the wrong shape keeps its raw text, so it names
/// nothing and fails closed; but a block that is not valid YAML at all yields the defaults,
/// which mean "published to everyone". The importer must therefore refuse a file with
/// errors (PRODUCT.md: an import error), never publish it on these fields. Immutable;
/// thread-safe.
/// </remarks>
public sealed record FrontMatterDocument
{
    /// <summary>True when the file opens with a closed front matter block.</summary>
    public required bool HasFrontMatter { get; init; }

    /// <summary>
    /// Every top-level key as written, matched without regard to case, including those the
    /// portal ignores. Text values are as written (null for YAML null); lists and mappings
    /// appear in a one-line flow form such as <c>[a, b]</c>.
    /// </summary>
    public required IReadOnlyDictionary<string, string?> RawKeys { get; init; }

    /// <summary>The keys the portal understands; defaults when there is no front matter.</summary>
    public required PlaybookFrontMatter Fields { get; init; }

    /// <summary>
    /// The text after the closing fence (the whole text, without a byte-order mark, when
    /// there is no closed block), with its original line endings.
    /// </summary>
    public required string Body { get; init; }

    /// <summary>The 1-based line of the file on which <see cref="Body"/> begins.</summary>
    public required int BodyStartLine { get; init; }

    /// <summary>Everything noticed while reading, in file order; never null.</summary>
    public required IReadOnlyList<ContentProblem> Problems { get; init; }

    /// <summary>True when a problem is an error (see the remarks on this type).</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
