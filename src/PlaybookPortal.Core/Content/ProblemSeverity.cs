namespace PlaybookPortal.Core.Content;

/// <summary>How much a <see cref="ContentProblem"/> matters to an import.</summary>
public enum ProblemSeverity
{
    /// <summary>The item cannot be imported as written (PRODUCT.md: "an import error").</summary>
    Error = 0,

    /// <summary>The item is imported, but something was ignored or replaced by a default.</summary>
    Warning = 1,

    /// <summary>Worth telling an editor, nothing was lost (an empty page, for example).</summary>
    Notice = 2,
}
