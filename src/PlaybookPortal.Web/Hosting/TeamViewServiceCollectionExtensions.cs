using PlaybookPortal.Web.Onboarding;

namespace PlaybookPortal.Web.Hosting;

/// <summary>The services of the onboarding team view and cohort view.</summary>
public static class TeamViewServiceCollectionExtensions
{
    public static void AddPortalTeamViews(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TeamViewReader>();
        builder.Services.AddScoped<CohortReader>();
    }
}
