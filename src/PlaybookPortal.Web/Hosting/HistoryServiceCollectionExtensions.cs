using Microsoft.AspNetCore.Mvc.RazorPages;
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

        // "/history/{slug}/compare" and "/history/{slug}" both end in a catch-all; the
        // comparison is tried first and only takes slugs that end in "/compare".
        builder.Services.Configure<RouteOptions>(
            options => options.SetParameterPolicy<CompareSuffixRouteConstraint>(CompareSuffixRouteConstraint.Name));
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRouteModelConvention(
            "/Editing/Compare", model =>
            {
                foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel is not null))
                {
                    selector.AttributeRouteModel!.Order = -1;
                }
            }));
    }
}
