using System.Globalization;
using PlaybookPortal.Web.People;

namespace PlaybookPortal.Web.Pages.Admin.Users;

/// <summary>The sentence an admin reads after an import.</summary>
internal static class UserImportSummary
{
    public static string Describe(UserImportResult result) => string.Join(" ",
        Invariant($"Imported {result.Plan.Rows.Count} users: {result.Created} created, {result.Updated} updated."),
        Invariant($"{result.ResetLinksWritten} password links were written to the outbox for the new users"),
        "(each chooses their own password there).",
        Invariant($"{result.Enrollments} onboarding enrollments were started by position."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
