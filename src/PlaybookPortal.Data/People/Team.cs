namespace PlaybookPortal.Data.People;

/// <summary>A team of reps, led by one or more managers.</summary>
public class Team
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<TeamManager> Managers { get; set; } = [];

    public List<PortalUser> Members { get; set; } = [];
}
