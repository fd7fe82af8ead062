namespace PlaybookPortal.Core.Content;

/// <summary>The lifecycle of a playbook, from the front matter key <c>status</c>.</summary>
public enum PlaybookStatus
{
    /// <summary>Released; readers in its audience see it. The default.</summary>
    Published = 0,

    /// <summary>Not yet released; only editors and admins see it.</summary>
    Draft = 1,

    /// <summary>Withdrawn; only editors and admins see it. Archive is the only removal.</summary>
    Archived = 2,
}
