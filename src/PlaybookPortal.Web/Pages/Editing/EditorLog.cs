namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>What the browser editor tells an operator: ids and numbers, never text or names.</summary>
internal static partial class EditorLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Playbook {PlaybookId} saved as revision {Number} by user {UserId}; pending: {IsPending}")]
    public static partial void Saved(ILogger logger, string playbookId, int number, string? userId, bool isPending);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Save of playbook {PlaybookId} by user {UserId} conflicted: based on {BaseRevisionId}, latest {LatestRevisionId}")]
    public static partial void Conflict(ILogger logger, string playbookId, string? userId, long baseRevisionId, long latestRevisionId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "Playbook {PlaybookId} created at {Slug} by user {UserId}")]
    public static partial void Created(ILogger logger, string playbookId, string slug, string? userId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information,
        Message = "Playbook {PlaybookId} moved to {Slug} by user {UserId}")]
    public static partial void Moved(ILogger logger, string playbookId, string slug, string? userId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information,
        Message = "Pending revision {RevisionId} of playbook {PlaybookId} published by user {UserId}; material: {Material}")]
    public static partial void PendingPublished(ILogger logger, long revisionId, string playbookId, string? userId, bool material);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information,
        Message = "Pending revision {RevisionId} of playbook {PlaybookId} discarded by user {UserId}")]
    public static partial void PendingDiscarded(ILogger logger, long revisionId, string playbookId, string? userId);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information,
        Message = "Playbook {PlaybookId} archived by user {UserId}")]
    public static partial void Archived(ILogger logger, string playbookId, string? userId);
}
