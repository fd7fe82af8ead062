using PlaybookPortal.Core.Content;
namespace PlaybookPortal.Markdown.Limits;

/// <summary>Which of the <see cref="ContentLimits"/> a playbook exceeds.</summary>
public enum LimitKind
{
    /// <summary>The body is larger than <see cref="ContentLimits.MaxBytes"/>.</summary>
    PlaybookSize,

    /// <summary>Containers nest deeper than <see cref="ContentLimits.MaxNestingDepth"/>.</summary>
    NestingDepth,

    /// <summary>A line is longer than <see cref="ContentLimits.MaxLineBytes"/>.</summary>
    LineLength,
}
