using Microsoft.Extensions.DependencyInjection;
using PlaybookPortal.Core.Onboarding;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.EndToEnd.Tests.Infrastructure;
using PlaybookPortal.Web.Hosting;

namespace PlaybookPortal.EndToEnd.Tests.Onboarding;

/// <summary>
/// A small onboarding path (read, task, sign-off, all required) and an enrollment on it that
/// starts today, written as rows the way the path import and the enroll page leave them.
/// </summary>
internal static class OnboardingSeed
{
    public const string ReadStepTitle = "Read the discovery playbook";
    public const string TaskStepTitle = "Shadow two discovery calls";
    public const string SignoffStepTitle = "Discovery call with your manager";

    public static async Task<string> CreatePathAsync(
        PortalServer server, string tag, string playbookSlug, string playbookId)
    {
        var id = "journey-path-" + tag;
        var yaml = $"""
            id: {id}
            title: Journey path {tag}
            steps:
              - id: read
                kind: read
                title: {ReadStepTitle}
                playbook: {playbookSlug}
                due_day: 1
              - id: shadow
                kind: task
                title: {TaskStepTitle}
                due_day: 3
              - id: signoff
                kind: signoff
                title: {SignoffStepTitle}
                due_day: 5

            """;

        // Added a day ago, so every step counts from the enrollment's start.
        var added = DateTime.UtcNow.AddDays(-1);
        var path = new OnboardingPath
        {
            Id = id, Title = $"Journey path {tag}", SourceText = yaml,
            UpdatedUtc = added, UpdatedByName = "Erin Editor",
            Steps =
            [
                Step(id, "read", 0, StepKind.Read, ReadStepTitle, 1, added, playbookSlug, playbookId),
                Step(id, "shadow", 1, StepKind.Task, TaskStepTitle, 3, added),
                Step(id, "signoff", 2, StepKind.Signoff, SignoffStepTitle, 5, added),
            ],
        };

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.OnboardingPaths.Add(path);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Enrolls <paramref name="rep"/> on the path from today; returns the enrollment id.</summary>
    public static async Task<long> EnrollAsync(PortalServer server, JourneyUser rep, string pathId, JourneyUser manager)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<PortalClock>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var enrollment = new Enrollment
        {
            UserId = rep.Id, PathId = pathId, StartDate = clock.Today, EnrolledUtc = DateTime.UtcNow,
            EnrolledByUserId = manager.Id,
        };
        db.Enrollments.Add(enrollment);
        await db.SaveChangesAsync();
        return enrollment.Id;
    }

    private static OnboardingStep Step(
        string pathId, string stepId, int order, StepKind kind, string title, int dueDay, DateTime added,
        string? playbookRef = null, string? playbookId = null) => new()
    {
        PathId = pathId, StepId = stepId, Order = order, Kind = kind, Title = title, DueDay = dueDay,
        Required = true, PlaybookRef = playbookRef, PlaybookId = playbookId, AddedUtc = added,
    };
}
