using System.Globalization;

namespace PlaybookPortal.Core.Csv;

/// <summary>
/// One cell for <see cref="PortalCsvWriter"/>: text, a number or a date, already formatted the
/// portal's way (invariant culture; instants in UTC as ISO 8601 with <c>Z</c>, dates as
/// <c>yyyy-MM-dd</c>). Only text cells are subject to <see cref="CsvFormulaGuard"/>; a number
/// such as <c>-3</c> is written as it is.
/// </summary>
public readonly record struct CsvCell
{
    private CsvCell(string value, bool isText)
    {
        Value = value;
        IsText = isText;
    }

    /// <summary>The formatted value, before the formula guard.</summary>
    public string Value { get; }

    public bool IsText { get; }

    /// <summary>A text cell; null is written as an empty cell.</summary>
    public static CsvCell FromText(string? text) => new(text ?? "", isText: true);

    public static CsvCell FromNumber(long number) => new(number.ToString(CultureInfo.InvariantCulture), isText: false);

    public static CsvCell FromNumber(decimal number) => new(number.ToString(CultureInfo.InvariantCulture), isText: false);

    /// <exception cref="ArgumentOutOfRangeException">The number is NaN or infinite.</exception>
    public static CsvCell FromNumber(double number)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(double.IsFinite(number), false, nameof(number));
        return new(number.ToString("R", CultureInfo.InvariantCulture), isText: false);
    }

    /// <summary>An instant, written in UTC to the tick, trailing zero fractions left out.</summary>
    public static CsvCell FromInstant(DateTimeOffset instant) =>
        new(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture), isText: false);

    /// <exception cref="ArgumentException">The time is not marked UTC: the portal stores UTC only.</exception>
    public static CsvCell FromInstant(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException($"Expected a UTC time, got one of kind {utc.Kind}.", nameof(utc));
        }

        return FromInstant(new DateTimeOffset(utc));
    }

    public static CsvCell FromDate(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), isText: false);

    public static implicit operator CsvCell(string? text) => FromText(text);

    public static implicit operator CsvCell(long number) => FromNumber(number);

    public static implicit operator CsvCell(decimal number) => FromNumber(number);

    public static implicit operator CsvCell(double number) => FromNumber(number);

    public static implicit operator CsvCell(DateTimeOffset instant) => FromInstant(instant);

    public static implicit operator CsvCell(DateOnly date) => FromDate(date);

    /// <summary>What goes into the file for this cell.</summary>
    public string ToWritten() => IsText ? CsvFormulaGuard.Protect(Value) : Value;
}
