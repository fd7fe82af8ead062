using PlaybookPortal.Web.Acknowledging;
using PlaybookPortal.Web.History;

namespace PlaybookPortal.Web.Hosting;

/// <summary>The services of revision history, comparison, restore and acknowledgements.</summary>
public static class HistoryServiceCollectionExtensions
{
    public static void AddPortalHistory(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RevisionHistory>();
        builder.Services.AddScoped<RevisionComparison>();
        builder.Services.AddScoped<RevisionRestorer>();
        builder.Services.AddScoped<AcknowledgementRequests>();
        builder.Services.AddScoped<AcknowledgementReviewBuilder>();
    }
}
