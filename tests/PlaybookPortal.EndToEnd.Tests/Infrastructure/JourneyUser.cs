namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>A user a journey created: the id for seeding rows, the email and name for the browser.</summary>
internal sealed record JourneyUser(string Id, string Email, string Name);
