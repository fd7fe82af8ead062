using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PlaybookPortal.Core.Importing;
using PlaybookPortal.Data;
using PlaybookPortal.Data.People;
using PlaybookPortal.Markdown;
using PlaybookPortal.Markdown.Outline;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;
using PlaybookPortal.Web.Rendering;
using PlaybookPortal.Web.Searching;
using PlaybookPortal.Search.Querying;

namespace PlaybookPortal.Web.Hosting;

/// <summary>The portal's services, one method per concern, so Program.cs reads as a table of contents.</summary>
public static class PortalServiceCollectionExtensions
{
    public static PortalPaths AddPortalOptions(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PortalOptions.SectionName).Get<PortalOptions>() ?? new();
        var paths = new PortalPaths(options, AppContext.BaseDirectory, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<PortalClock>();
        return paths;
    }

    public static void AddPortalStorage(this WebApplicationBuilder builder, PortalPaths paths)
    {
        var configured = builder.Configuration[$"{PortalOptions.SectionName}:ConnectionString"];
        var connection = string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={paths.DatabaseFile}"
            : configured;
        builder.Services.AddPortalData(connection);

        // Keys live with the data, so sign-in cookies survive restarts and container rebuilds.
        builder.Services.AddDataProtection()
            .SetApplicationName("PlaybookPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.DataRoot, "keys")));
        builder.Services.AddSingleton<PortalReadiness>();
        builder.Services.AddHostedService<StartupImportService>();
    }

    public static void AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var lockoutMinutes = builder.Configuration.GetValue($"{PortalOptions.SectionName}:LockoutMinutes", 15);
        builder.Services
            .AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockoutMinutes);
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "portal.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices
                .GetRequiredService<ActiveUserValidator>().ValidateAsync(context);
        });
        builder.Services.AddScoped<ActiveUserValidator>();
        builder.Services.AddSingleton<UnknownAccountAttempts>();
        builder.Services.AddAuthorization(PortalPolicies.Register);
        builder.Services.AddScoped<FirstAdminSetup>();
        builder.Services.AddScoped<ResetLinkOutbox>();
        builder.Services.AddScoped<PasswordResetLinks>();
    }

    public static void AddPortalReading(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PlaybookRenderer>();
        builder.Services.AddSingleton<MarkdownOutliner>();
        builder.Services.AddSingleton<IPlaybookTextAnalyzer, MarkdownTextAnalyzer>();
        builder.Services.AddSingleton<RenderCache>();
        builder.Services.AddScoped<PlaybookPageBuilder>();
        builder.Services.AddScoped<ReadableCatalog>();
        builder.Services.AddScoped<People.UserDirectory>();
        builder.Services.AddScoped<People.UserImportDirectoryLoader>();
        builder.Services.AddScoped<People.UserImportTeams>();
        builder.Services.AddScoped<People.UserImporter>();
        builder.Services.AddSingleton<People.UserImportPayload>();
        builder.Services.AddScoped<Pages.Skills.SkillCsvFiles>();
        builder.Services.AddScoped<Onboarding.EnrollmentCardBuilder>();
        builder.Services.AddScoped<Onboarding.EnrollmentFlags>();
        builder.Services.AddScoped<Skills.MatrixCsvExport>();
        builder.Services.AddScoped<Pages.Skills.PlanLoader>();
    }

    public static void AddPortalSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PlaybookSectionExtractor>();
        builder.Services.AddScoped<IndexedPlaybookLoader>();
        builder.Services.AddSingleton<SearchIndexHost>();
        builder.Services.AddSingleton<IPlaybookSearch, PortalSearch>();
        builder.Services.AddHostedService<SearchIndexFollower>();
    }

    public static void AddPortalPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AuthorizeFolder("/Admin", PortalPolicies.Admin);
            options.Conventions.AuthorizeFolder("/Editing", PortalPolicies.Editor);
            options.Conventions.AuthorizeFolder("/Onboarding/Paths", PortalPolicies.Manager);
            options.Conventions.AuthorizePage("/Onboarding/Paths/Edit", PortalPolicies.Editor);
            options.Conventions.AddPageRoute("/Onboarding/Paths/Edit", "onboarding/paths/new");
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
            options.Conventions.AllowAnonymousToPage("/Account/ResetPassword");
        }).AddMvcOptions(options => options.Filters.Add<UnknownHandlerFilter>());
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "portal.af";
            options.Cookie.HttpOnly = true;
        });
        builder.Services.AddHealthChecks().AddCheck<ReadinessHealthCheck>("startup");
    }
}
