using System.Globalization;
using PlaybookPortal.Bench.Measuring;

namespace PlaybookPortal.Bench.Reporting;

/// <summary>
/// Turns raw measurements into rows. A missing or negative measurement (a step that could not
/// run writes -1 with the reason) gives a <c>missed</c> row that says why, never a crash.
/// </summary>
public sealed class RowComputer(IReadOnlyList<Measurement> measurements)
{
    private static readonly string[] SizeOrder = ["S", "M"];

    public IReadOnlyList<ResultRow> Compute()
    {
        var sizes = SizeOrder.Where(s => measurements.Any(m => m.Size == s)).ToList();
        var rows = new List<ResultRow>();
        foreach (var definition in RowCatalog.Rows)
        {
            foreach (var size in sizes.Where(s => s != definition.BaselineSize && (definition.OnlySize ?? s) == s))
            {
                rows.Add(Compute(definition, size));
            }
        }

        return rows;
    }

    private ResultRow Compute(RowDefinition definition, string size)
    {
        var notes = new List<string>();
        var measured = Read(definition.Measured, size, notes);
        var baseline = definition.Baseline
            .Select(name => Read(name, definition.BaselineSize ?? size, notes))
            .Sum();
        if (definition.NoteFrom is { } noteName && Find(noteName, size) is { Value: >= 0 } note)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{noteName} {note.Value:0.#} {note.Unit}"));
        }

        var ratio = measured / baseline;
        var label = string.Create(CultureInfo.InvariantCulture, $"{definition.Number}. {definition.Title} ({size})");
        var verdict = definition.Target.IsMet(measured, ratio) ? "met" : "missed";
        return new ResultRow(label, measured, baseline, ratio, definition.Target.ToString(), verdict,
            definition.Unit, size, notes.Count > 0 ? string.Join("; ", notes) : null);
    }

    private double Read(string name, string size, List<string> notes)
    {
        var measurement = Find(name, size);
        if (measurement is null)
        {
            notes.Add($"{name} at {size} not measured");
            return double.NaN;
        }

        if (measurement.Notes is { } note)
        {
            notes.Add($"{name}: {note}");
        }

        return measurement.Value >= 0 ? measurement.Value : double.NaN;
    }

    // The last one wins, so a rerun of a step appended to the same file replaces the earlier one.
    private Measurement? Find(string name, string size) =>
        measurements.LastOrDefault(m => m.Name == name && m.Size == size);
}
