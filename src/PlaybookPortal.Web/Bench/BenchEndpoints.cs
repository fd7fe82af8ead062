using Microsoft.AspNetCore.Mvc;
using PlaybookPortal.Core.Access;
using PlaybookPortal.Data;
using PlaybookPortal.Search.Querying;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Skills;

namespace PlaybookPortal.Web.Bench;

/// <summary>
/// Baselines for the benchmark's HTTP rows, mapped only when <c>Portal:Bench:Enabled</c> is true
/// (never by default) and, like every page, only for signed-in users.
/// <c>/bench/bytes?q=</c> answers the bytes captured from <c>/search?q=</c>: the cost of a
/// signed-in request alone. <c>/bench/pipeline?q=</c> runs the same search first: the cost of the
/// query pipeline without the page. Comparing <c>/search</c> with them isolates what the page adds.
/// </summary>
public static class BenchEndpoints
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static void MapIfEnabled(WebApplication app)
    {
        var section = app.Configuration.GetSection("Portal:Bench");
        if (!section.GetValue<bool>("Enabled"))
        {
            return;
        }

        var folder = section["CapturedFolder"]
            ?? throw new InvalidOperationException("Portal:Bench:CapturedFolder must be set when the bench endpoints are enabled.");
        var pages = new CapturedPages(folder);
        var bench = app.MapGroup("/bench").RequireAuthorization();
        bench.MapGet("/bytes", (string q) => Captured(pages, q));
        bench.MapGet("/pipeline", async (string q, HttpContext context, [FromServices] IPlaybookSearch search) =>
        {
            var reader = context.User.ToReader();
            if (reader is null)
            {
                return Results.Forbid();
            }

            await search.SearchAsync(new SearchRequest(q, reader), context.RequestAborted);
            return Captured(pages, q);
        });
        bench.MapGet("/team", async (HttpContext context, [FromServices] PortalDbContext db, [FromServices] PortalClock clock) =>
        {
            // The staff view of /onboarding/team: everyone's enrollments, as the benchmark's admin sees them.
            if (context.User.ToReader() is not { Role: >= PermissionRole.Editor })
            {
                return Results.NotFound();
            }

            var rows = await RawTeamRows.ReadAsync(db, clock.Today, clock.Zone, context.RequestAborted);
            return Results.Content(RawTeamPage.Write(rows), HtmlContentType);
        });
        bench.MapGet("/matrix", async (HttpContext context, [FromServices] PortalDbContext db, [FromServices] PortalClock clock) =>
        {
            // The first page of /skills/matrix as staff see it: the first 100 reps by name, every skill.
            if (context.User.ToReader() is not { Role: >= PermissionRole.Editor })
            {
                return Results.NotFound();
            }

            var rows = await RawMatrixRows.ReadAsync(db, limit: 100, context.RequestAborted);
            return Results.Content(RawMatrixPage.Write(rows, clock.Zone), HtmlContentType);
        });
        bench.MapGet("/matrix-csv", async (HttpContext context, [FromServices] PortalDbContext db) =>
        {
            // The full matrix export as staff see it, written with CsvHelper from a raw reader.
            if (context.User.ToReader() is not { Role: >= PermissionRole.Editor })
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var rows = await RawMatrixRows.ReadAsync(db, limit: null, context.RequestAborted);
            context.Response.ContentType = MatrixCsvExport.ContentType;
            await RawMatrixCsv.WriteAsync(context.Response.Body, rows, context.RequestAborted);
        });
    }

    private static IResult Captured(CapturedPages pages, string q) =>
        pages.Find(q) is { } bytes ? Results.Bytes(bytes, HtmlContentType) : Results.NotFound();
}
