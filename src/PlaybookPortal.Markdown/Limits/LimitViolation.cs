namespace PlaybookPortal.Markdown.Limits;

/// <summary>
/// One content limit a playbook exceeds. <see cref="Message"/> is an English sentence for the
/// editor and for the notice shown beside escaped content; it names the measured value and the
/// limit.
/// </summary>
/// <param name="Kind">Which limit is exceeded.</param>
/// <param name="Actual">The measured value (bytes or levels).</param>
/// <param name="Limit">The limit that <paramref name="Actual"/> exceeds.</param>
/// <param name="Message">A sentence such as "Nesting depth 40 exceeds the limit of 32.".</param>
public sealed record LimitViolation(LimitKind Kind, long Actual, long Limit, string Message);
