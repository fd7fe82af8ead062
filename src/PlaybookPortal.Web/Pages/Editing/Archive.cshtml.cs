using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

/// <summary>
/// Archives a playbook by publishing a minor revision with <c>status: archived</c>, so the
/// archive is in the history like any change and readers stop seeing the playbook.
/// </summary>
public sealed class ArchiveModel(
    PortalDbContext db, PlaybookRevisionSaver saver, ILogger<ArchiveModel> logger) : PageModel
{
    public const string Message = "Archived";

    private const string ChangedMeanwhile =
        "Someone saved a revision since this page was opened; look at the playbook again before archiving it.";

    public EditedPlaybook Playbook { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsArchived { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? slug, long currentRevisionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken) || Playbook.Current is not { } current)
        {
            return NotFound();
        }

        // Archiving on top of a pending edit would release that edit unseen; it must be settled first.
        if (Playbook.Pending is not null || current.Id != currentRevisionId)
        {
            Problems = Playbook.Pending is null ? [ChangedMeanwhile] : [];
            return Page();
        }

        var (fields, body) = PlaybookFormFields.FromSource(current.SourceText);
        var edited = FrontMatterEditor.Apply(current.SourceText, fields with { Status = PlaybookStatus.Archived }, body);
        if (!edited.Succeeded)
        {
            Problems = [edited.Problem!];
            return Page();
        }

        var userId = User.ToReader()?.UserId;
        var result = await saver.SaveAsync(
            new PlaybookSave(Playbook.Id, edited.Text!, current.Id, userId, User.DisplayName(), Message)
            {
                Publish = true,
                Material = false,
            },
            cancellationToken);
        switch (result)
        {
            case PlaybookSaved:
                EditorLog.Archived(logger, Playbook.Id, userId);
                TempData["StatusMessage"] = "The playbook is archived; readers no longer see it.";
                return Redirect(PortalUrls.Playbook(Playbook.Slug));
            case PlaybookSaveRejected rejected:
                Problems = rejected.Problems;
                return Page();
            default:
                await LoadAsync(slug, cancellationToken);
                Problems = [ChangedMeanwhile];
                return Page();
        }
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var playbook = await EditedPlaybook.LoadAsync(db, slug, cancellationToken);
        Playbook = playbook!;
        IsArchived = playbook?.Current is { } current
            && PlaybookFormFields.FromSource(current.SourceText).Fields.Status == PlaybookStatus.Archived;
        return playbook is not null;
    }
}
