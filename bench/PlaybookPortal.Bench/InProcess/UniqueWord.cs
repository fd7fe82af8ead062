using System.Globalization;

namespace PlaybookPortal.Bench.InProcess;

/// <summary>A word no generated playbook contains (the generator writes no "q"), different for every save.</summary>
public static class UniqueWord
{
    public static string For(string kind, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"qsaved{kind}{number}q");
}
