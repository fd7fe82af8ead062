using System.ComponentModel.DataAnnotations;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Core.Csv;

namespace PlaybookPortal.Core.People;

/// <summary>
/// Checks every row of a users CSV file against the directory and says what importing it
/// would do. Every problem is reported with its line, so a file is fixed in one pass; the plan
/// is valid only when there is none. Pure: the caller loads the directory and saves the plan.
/// </summary>
public sealed class UserImportPlanner
{
    private static readonly EmailAddressAttribute EmailRule = new();

    private readonly UserImportDirectory _directory;
    private readonly List<CsvProblem> _problems = [];
    private readonly Dictionary<string, ExistingUser> _users;
    private readonly Dictionary<string, string> _positions;
    private readonly Dictionary<string, string> _teams;
    private readonly List<string> _newTeams = [];
    private readonly List<UserImportRejectedRow> _rejected = [];
    private readonly Dictionary<string, int> _emailLines = new(StringComparer.OrdinalIgnoreCase);

    private UserImportPlanner(UserImportDirectory directory)
    {
        _directory = directory;
        _users = directory.Users.Where(u => u.Email.Length > 0)
            .DistinctBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(u => u.Email, StringComparer.OrdinalIgnoreCase);
        _positions = directory.PositionIds.ToDictionary(p => p, StringComparer.OrdinalIgnoreCase);
        _teams = directory.TeamNames.DistinctBy(t => t, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(t => t, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The plan for <paramref name="csv"/>: its rows, problems and new teams.</summary>
    public static UserImportPlan Plan(CsvReadResult csv, UserImportDirectory directory) =>
        new UserImportPlanner(directory).Build(csv);

    private UserImportPlan Build(CsvReadResult csv)
    {
        _problems.AddRange(csv.Problems.Select(p => Explain(p, csv)));
        var roleColumn = UserImportColumns.CheckHeader(csv.Columns, _problems);
        bool Has(string column) => csv.Columns.Contains(column, StringComparer.OrdinalIgnoreCase);

        var rows = new List<UserImportRow>();
        if (roleColumn is not null && Has(UserImportColumns.Email) && Has(UserImportColumns.Name))
        {
            rows.AddRange(csv.Rows.Select(row => PlanRow(row, roleColumn)).OfType<UserImportRow>());
        }

        if (csv.Rows.Count == 0 && _problems.Count == 0)
        {
            _problems.Add(new CsvProblem(1, "the file has a header but no users"));
        }

        CheckAnAdminRemains(rows);
        var problems = _problems.OrderBy(p => p.Line).ToList();
        return new UserImportPlan(rows, _rejected, problems, _newTeams, Has(UserImportColumns.Position),
            Has(UserImportColumns.Team), Has(UserImportColumns.LeadsTeams));
    }

    // A semicolon inside an unquoted leads_teams cell of a semicolon file splits the row.
    private static CsvProblem Explain(CsvProblem problem, CsvReadResult csv) =>
        csv.Delimiter == ';' && problem.Message.StartsWith("expected ", StringComparison.Ordinal)
            ? problem with { Message = problem.Message + " (in a semicolon-separated file, separate "
                + "leads_teams with | or put the cell in double quotes)" }
            : problem;

    private UserImportRow? PlanRow(CsvRow row, string roleColumn)
    {
        var before = _problems.Count;
        var email = CheckEmail(row);
        var name = CheckText(row, UserImportColumns.Name, UserImportLimits.Name, required: true);
        var role = CheckRole(row, roleColumn);
        var positionId = CheckPosition(row);
        var (team, isNewTeam) = CheckTeam(row);
        var leads = CheckLeads(row, role);
        if (_problems.Count > before || email is null || name is null || role is null)
        {
            _rejected.Add(new UserImportRejectedRow(row.Line, Cell(row, UserImportColumns.Email),
                Cell(row, UserImportColumns.Name)));
            return null;
        }

        var existing = _users.GetValueOrDefault(email);
        return new UserImportRow(row.Line, existing is null ? UserImportAction.Create : UserImportAction.Update,
            existing?.Id, email, name, role.Value, positionId, team, isNewTeam, leads);
    }

    private string? CheckEmail(CsvRow row)
    {
        var email = CheckText(row, UserImportColumns.Email, UserImportLimits.Email, required: true);
        if (email is null)
        {
            return null;
        }

        if (email.Any(char.IsWhiteSpace) || !EmailRule.IsValid(email))
        {
            return Problem<string>(row, $"'{email}' is not an email address");
        }

        if (!_emailLines.TryAdd(email, row.Line))
        {
            return Problem<string>(row, $"{email} appears twice in the file (first on line {_emailLines[email]})");
        }

        return email;
    }

    private PermissionRole? CheckRole(CsvRow row, string roleColumn)
    {
        var text = row[roleColumn].Trim();
        var names = Enum.GetNames<PermissionRole>();

        // Enum.TryParse would also take "1" or "Rep, Admin"; only a role's name is accepted.
        var match = Array.Find(names, n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var what = text.Length == 0 ? "the role is empty" : $"unknown role '{Shorten(text)}'";
            _problems.Add(new CsvProblem(row.Line, $"{what}; use one of {string.Join(", ", names)}"));
            return null;
        }

        return Enum.Parse<PermissionRole>(match);
    }

    private string? CheckPosition(CsvRow row)
    {
        var id = CheckText(row, UserImportColumns.Position, UserImportLimits.PositionId, required: false);
        if (id is null)
        {
            return null;
        }

        if (_positions.TryGetValue(id, out var known))
        {
            return known;
        }

        var catalog = _directory.PositionIds.Count == 0 ? "the catalog has none yet"
            : "known ids: " + string.Join(", ", _directory.PositionIds.Order(StringComparer.Ordinal).Take(20));
        return Problem<string>(row, $"unknown position id '{id}'; {catalog}");
    }

    private (string? Name, bool IsNew) CheckTeam(CsvRow row)
    {
        var name = CheckText(row, UserImportColumns.Team, UserImportLimits.TeamName, required: false);
        return name is null ? (null, false) : ResolveTeam(name);
    }

    private IReadOnlyList<string> CheckLeads(CsvRow row, PermissionRole? role)
    {
        if (!row.TryGetValue(UserImportColumns.LeadsTeams, out var cell))
        {
            return [];
        }

        var names = TeamNameList.Parse(cell);
        if (names.Count > 0 && role == PermissionRole.Rep)
        {
            return Problem<IReadOnlyList<string>>(row, "leads_teams is given for a Rep; only a Manager "
                + "or above leads a team (change the role or empty leads_teams)") ?? [];
        }

        var tooLong = names.FirstOrDefault(n => n.Length > UserImportLimits.TeamName);
        if (tooLong is not null)
        {
            return Problem<IReadOnlyList<string>>(row, $"the team name '{Shorten(tooLong)}' in leads_teams "
                + $"is longer than {UserImportLimits.TeamName} characters") ?? [];
        }

        return names.Select(n => ResolveTeam(n).Name).ToList();
    }

    // A team named for the first time is new; later rows naming it in any case mean the same one.
    private (string Name, bool IsNew) ResolveTeam(string name)
    {
        if (_teams.TryGetValue(name, out var existing))
        {
            return (existing, _newTeams.Contains(existing));
        }

        _teams[name] = name;
        _newTeams.Add(name);
        return (name, true);
    }

    /// <summary>The trimmed cell, or null when empty (a problem if required) or too long (a problem).</summary>
    private string? CheckText(CsvRow row, string column, int maxLength, bool required)
    {
        var text = row.TryGetValue(column, out var cell) ? cell.Trim() : "";
        if (text.Length == 0)
        {
            return required ? Problem<string>(row, $"the {column} is empty") : null;
        }

        return text.Length > maxLength
            ? Problem<string>(row, $"the {column} is longer than {maxLength} characters ({text.Length})")
            : text;
    }

    private void CheckAnAdminRemains(List<UserImportRow> rows)
    {
        var demoted = rows.Where(r => r.Action == UserImportAction.Update && r.Role != PermissionRole.Admin)
            .Select(r => (Row: r, User: _users[r.Email]))
            .Where(d => d.User.Role == PermissionRole.Admin && !d.User.IsDisabled)
            .ToList();
        var remaining = _directory.Users.Count(u => u.Role == PermissionRole.Admin && !u.IsDisabled)
            - demoted.Count + rows.Count(r => r.Action == UserImportAction.Create && r.Role == PermissionRole.Admin);
        if (demoted.Count == 0 || remaining > 0)
        {
            return;
        }

        _problems.AddRange(demoted.Select(d => new CsvProblem(d.Row.Line,
            $"{d.Row.Email} is an active admin and the file leaves no admin; keep at least one Admin")));
    }

    private static string Cell(CsvRow row, string column) =>
        Shorten(row.TryGetValue(column, out var cell) ? cell.Trim() : "");

    private T? Problem<T>(CsvRow row, string message)
        where T : class
    {
        _problems.Add(new CsvProblem(row.Line, message));
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
