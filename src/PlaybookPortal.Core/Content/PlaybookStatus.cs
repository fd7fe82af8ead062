namespace PlaybookPortal.Core.Content;

public enum PlaybookStatus
{
    Published = 0,
    Draft = 1,
    Archived = 2,
}
