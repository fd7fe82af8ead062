using System.Globalization;

namespace PlaybookPortal.Core.Csv;

/// <summary>
/// The portal's rule against formula injection (PRODUCT.md, "Formats people exchange"): a text
/// cell that a spreadsheet would run as a formula is written with a leading <c>'</c>, and import
/// strips exactly that prefix. Pure and thread-safe.
/// </summary>
/// <remarks>
/// The rule looks past any apostrophes a cell already starts with, so writing then reading gives
/// back every cell exactly: <c>=1+1</c> is written <c>'=1+1</c>, and a cell that really is
/// <c>'=1+1</c> is written <c>''=1+1</c>; reading strips one apostrophe from each. A spreadsheet
/// shows both as their original text, because it hides one leading apostrophe.
/// </remarks>
public static class CsvFormulaGuard
{
    /// <summary>The characters that make a spreadsheet treat a cell as a formula or a command.</summary>
    public static readonly IReadOnlyList<char> TriggerCharacters = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The cell as written to a file: <paramref name="cell"/>, prefixed when it needs it.</summary>
    public static string Protect(string cell) => NeedsPrefix(cell) ? "'" + cell : cell;

    /// <summary>The cell as read from a file: one prefix removed where <see cref="Protect"/> adds one.</summary>
    public static string Unprotect(string cell) =>
        cell.StartsWith('\'') && NeedsPrefix(cell[1..]) ? cell[1..] : cell;

    /// <summary>
    /// Whether <paramref name="cell"/> is a plain number such as <c>-3</c>, <c>+4.5</c> or
    /// <c>1e3</c> (invariant culture, no spaces or thousands separators), which stays as it is.
    /// </summary>
    public static bool IsNumber(string cell) =>
        double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number) && double.IsFinite(number);

    private static bool NeedsPrefix(string cell)
    {
        var core = cell.TrimStart('\'');
        return core.Length > 0 && TriggerCharacters.Contains(core[0]) && !IsNumber(core);
    }
}
