using System.Globalization;

namespace PlaybookPortal.Web.Operator;

/// <summary>The parts import and export reports print alike: titled sections, skip counts, the tally.</summary>
internal static class ReportText
{
    /// <summary>"Heading (n):" and one indented line per entry; nothing when there are none.</summary>
    public static async Task SectionAsync<TEntry>(TextWriter output, string heading, IEnumerable<TEntry> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{heading} ({list.Count}):");
        foreach (var entry in list)
        {
            await output.WriteLineAsync($"  {entry}");
        }
    }

    /// <summary>Skipped files grouped by reason, the most common first: thousands of lines say little.</summary>
    public static async Task SkippedAsync(TextWriter output, IEnumerable<string?> reasons)
    {
        foreach (var group in reasons.GroupBy(r => r ?? "skipped").OrderByDescending(g => g.Count()))
        {
            await output.WriteLineAsync($"Skipped {group.Count()}: {group.Key}");
        }
    }

    public static async Task TallyAsync(TextWriter output, string summary, TimeSpan duration)
    {
        await output.WriteLineAsync(summary);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Took {duration.TotalSeconds:F2} s"));
    }
}
