using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.People;

/// <summary>
/// The columns of a users CSV file. Headers match without regard to case;
/// <c>permission_role</c> is accepted for <c>role</c>. Position, team and leads_teams are
/// optional: a file without the column leaves that field of existing users as it is.
/// </summary>
public static class UserImportColumns
{
    public const string Email = "email";
    public const string Name = "name";
    public const string Role = "role";
    public const string RoleAlias = "permission_role";
    public const string Position = "position";
    public const string Team = "team";
    public const string LeadsTeams = "leads_teams";

    public static readonly IReadOnlyList<string> Known = [Email, Name, Role, RoleAlias, Position, Team, LeadsTeams];

    /// <summary>
    /// The name of the column holding the role, or null (with a problem added) when the header
    /// names no role column, names both, or has columns this import does not know.
    /// </summary>
    public static string? CheckHeader(IReadOnlyList<string> columns, List<CsvProblem> problems)
    {
        bool Has(string name) => columns.Contains(name, StringComparer.OrdinalIgnoreCase);

        // An unknown column is most often a misspelt known one, whose values would be ignored.
        foreach (var unknown in columns.Where(c => !Known.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new CsvProblem(1, $"unknown column '{unknown}'; the columns are "
                + "email, name, role (or permission_role), position, team, leads_teams"));
        }

        if (Has(Role) && Has(RoleAlias))
        {
            problems.Add(new CsvProblem(1, "the header has both role and permission_role; keep one"));
            return null;
        }

        if (!Has(Role) && !Has(RoleAlias))
        {
            problems.Add(new CsvProblem(1, "missing required column: role (or permission_role)"));
            return null;
        }

        return Has(Role) ? Role : RoleAlias;
    }
}
