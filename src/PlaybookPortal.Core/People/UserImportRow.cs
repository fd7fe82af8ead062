using PlaybookPortal.Core.Access;

namespace PlaybookPortal.Core.People;

/// <summary>
/// One CSV row as it will be saved. Position, team and leads are taken from the file only when
/// the file has that column (<see cref="UserImportPlan"/> says which); names of teams are in
/// the spelling of the existing team, or of the first row that named a new one.
/// </summary>
public sealed record UserImportRow(
    int Line,
    UserImportAction Action,
    string? ExistingUserId,
    string Email,
    string Name,
    PermissionRole Role,
    string? PositionId,
    string? TeamName,
    bool IsNewTeam,
    IReadOnlyList<string> LeadsTeams);
