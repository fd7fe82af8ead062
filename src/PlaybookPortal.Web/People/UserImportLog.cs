namespace PlaybookPortal.Web.People;

/// <summary>What an operator sees of user imports (event ids 2100–2109).</summary>
internal static partial class UserImportLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information,
        Message = "User import by {AdminUserId}: {ImportedCount} users imported ({CreatedCount} created, "
            + "{UpdatedCount} updated), {NewTeamCount} teams created, {ResetLinkCount} reset links written")]
    public static partial void Imported(ILogger logger, string adminUserId, int importedCount, int createdCount,
        int updatedCount, int newTeamCount, int resetLinkCount);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning,
        Message = "User import by {AdminUserId} was rolled back: {Reason}")]
    public static partial void RolledBack(ILogger logger, string adminUserId, string reason);
}
