using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Data.Acknowledging;
using PlaybookPortal.Data.Catalog;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Data.Exporting;
using PlaybookPortal.Data.Importing;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Data.People;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Data.Storage;

namespace PlaybookPortal.Data;

/// <summary>Registers the database, the change log, the importer, the exporter, editing and the catalog.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddPortalData(this IServiceCollection services, string sqliteConnectionString)
    {
        services.AddDbContext<PortalDbContext>(options => options
            .UseSqlite(sqliteConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.GetName().Name))
            .AddInterceptors(new SqliteConnectionSetup()));
        services.AddScoped<ChangeLogWriter>();
        services.AddScoped<PlaybookRevisionSaver>();
        services.AddScoped<PendingRevisionPublisher>();
        services.AddScoped<PlaybookCreator>();
        services.AddScoped<PlaybookMover>();
        services.AddScoped<AcknowledgementLedger>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<AudienceRecheck>();
        services.AddScoped<ContentExporter>();
        services.AddScoped<EnrollmentProgressLoader>();
        services.AddScoped<AutoEnroller>();
        services.AddScoped<PathAudienceCheck>();
        services.AddScoped<PathEditor>();
        services.AddScoped<OnboardingAccess>();
        services.AddScoped<EnrollmentService>();
        services.AddScoped<StepCompletionService>();
        services.AddScoped<EnrollmentCompletionRecorder>();
        services.AddScoped<PeopleScope>();
        services.AddScoped<CurrentLevelReader>();
        services.AddScoped<SkillCatalogStore>();
        services.AddScoped<AssessmentStepCompleter>();
        services.AddScoped<AssessmentRecorder>();
        services.AddScoped<AssessmentImportValidator>();
        services.AddScoped<AssessmentCsvImporter>();
        services.AddScoped<AssessmentCsvExporter>();
        services.AddScoped<PersonSkillsReader>();
        services.AddScoped<CalibrationReader>();
        services.AddScoped<GapTrendReader>();
        services.AddScoped<GapMatrixLoader>();
        services.AddScoped<TrainingPathCreator>();
        services.AddSingleton<PlaybookCatalog>();
        return services;
    }
}
