using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Operator;

var verb = OperatorVerb.Parse(args);
if (verb is HealthcheckVerb healthcheck)
{
    return await healthcheck.RunAsync(Console.Out);
}

var builder = WebApplication.CreateBuilder(verb?.HostArgs ?? args);
var paths = builder.AddPortalOptions();
builder.AddPortalStorage(paths);
builder.AddPortalIdentity();
builder.AddPortalReading();
builder.AddPortalSearch();
builder.AddPortalHistory();
builder.AddPortalTeamViews();
builder.AddPortalPages();

var app = builder.Build();

// Backup and restore read only the storage settings and run before the database is prepared:
// a restore must find the data folder as the operator left it, not holding a fresh database.
if (verb is BackupVerb backup)
{
    return await backup.RunAsync(app.Services, Console.Out);
}

if (verb is RestoreVerb restore)
{
    return await restore.RunAsync(app.Services, Console.Out);
}

if (!StartupChecks.OptionsAreValid(app.Services, Console.Error))
{
    return 2;
}

await app.PrepareDatabaseAsync(createFirstAdmin: verb is null);
if (verb is ImportVerb import)
{
    return await import.RunAsync(app.Services, Console.Out);
}

if (verb is ExportVerb export)
{
    return await export.RunAsync(app.Services, Console.Out);
}

app.UsePortal();
app.Lifetime.ApplicationStarted.Register(() => StartupChecks.AnnounceUrls(app, Console.Out));
var readiness = app.Services.GetRequiredService<PortalReadiness>();
try
{
    await app.RunAsync();
}
catch (OperationCanceledException) when (readiness.NotReadyReason is { } reason)
{
    // Start-up refused to go on (another portal holds the data folder): say why, no stack trace.
    await Console.Error.WriteLineAsync($"The portal stopped during start-up: {reason}.");
    return 1;
}

return 0;

/// <summary>Entry point; public so integration tests can host the portal.</summary>
public partial class Program;
