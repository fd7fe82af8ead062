namespace PlaybookPortal.Data.People;

/// <summary>Says that a manager leads a team; a manager may lead several teams.</summary>
public class TeamManager
{
    public int TeamId { get; set; }

    public Team? Team { get; set; }

    public string UserId { get; set; } = "";

    public PortalUser? User { get; set; }
}
