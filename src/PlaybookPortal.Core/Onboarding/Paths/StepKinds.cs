using System.Diagnostics.CodeAnalysis;

namespace PlaybookPortal.Core.Onboarding.Paths;

/// <summary>The words a path file uses for each <see cref="StepKind"/>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class StepKinds
{
    /// <summary>Every kind with its word, in the order editors choose from.</summary>
    public static IReadOnlyList<(StepKind Kind, string Word)> All { get; } =
    [
        (StepKind.Read, "read"),
        (StepKind.Task, "task"),
        (StepKind.Signoff, "signoff"),
        (StepKind.Assessment, "assessment"),
    ];

    /// <summary>The kind's word in a path file, e.g. <c>signoff</c>.</summary>
    public static string ToWord(StepKind kind) =>
        All.FirstOrDefault(k => k.Kind == kind).Word ?? throw new ArgumentOutOfRangeException(nameof(kind));

    /// <summary>Reads a kind's word without regard to case; "sign-off" is taken for signoff.</summary>
    public static bool TryParse([NotNullWhen(true)] string? word, out StepKind kind)
    {
        var normalised = word?.Trim().Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var (candidate, text) in All)
        {
            if (text == normalised)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
