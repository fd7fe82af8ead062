namespace PlaybookPortal.Components;

/// <summary>
/// One step of a breadcrumb trail; a null <paramref name="Url"/> renders plain text.
/// </summary>
public sealed record BreadcrumbItem(string Title, string? Url);
