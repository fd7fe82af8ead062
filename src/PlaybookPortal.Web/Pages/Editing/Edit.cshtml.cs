using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data;
using PlaybookPortal.Data.Editing;
using PlaybookPortal.Data.Onboarding;
using PlaybookPortal.Markdown;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;
using PlaybookPortal.Web.Pages.Onboarding.Paths;
using PlaybookPortal.Web.Reading;

namespace PlaybookPortal.Web.Pages.Editing;

// A 2 MB playbook is posted URL-encoded; the default 4 MB value limit would answer a bare 400
// before the editor could say which limit the text breaks.
[RequestFormLimits(ValueLengthLimit = EditorFormLimits.ValueLength)]
[RequestSizeLimit(EditorFormLimits.RequestSize)]
public sealed class EditModel(
    PortalDbContext db, PlaybookRevisionSaver saver, PlaybookRenderer renderer, ReadableCatalog catalog,
    PortalClock clock, PathAudienceCheck pathCheck, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public EditorInput Input { get; set; } = new();

    public EditedPlaybook Playbook { get; private set; } = null!;

    public EditorConflict? Conflict { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? PreviewHtml { get; private set; }

    public EditorFormView Form => new(
        Input, Url.Page("/Editing/Edit", "PreviewFragment", new { slug = Playbook.Slug })!, PreviewHtml,
        DetailsOpen: !ModelState.IsValid || Problems.Count > 0);

    public DateTime ToLocal(DateTime utc) => clock.ToLocal(utc);

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken) || Playbook.Latest is not { } latest)
        {
            return NotFound();
        }

        Input = EditorInputChecks.FromSource(latest.SourceText, latest.Id);
        Input.Message = "Updated " + (Input.Title ?? Playbook.Title);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        PreviewHtml = await RenderPreviewAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewFragmentAsync(string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        return Content(await RenderPreviewAsync(cancellationToken), "text/html; charset=utf-8");
    }

    public Task<IActionResult> OnPostPendingAsync(string? slug, CancellationToken cancellationToken) =>
        SaveAsync(slug, publish: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string? slug, CancellationToken cancellationToken) =>
        SaveAsync(slug, publish: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(string? slug, bool publish, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var positions = await db.Positions.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        EditorInputChecks.Validate(Input, positions.ToHashSet(StringComparer.Ordinal), publish, ModelState);
        var baseRevision = await EditedPlaybook.LoadRevisionAsync(db, Playbook.Id, Input.BaseRevisionId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (baseRevision is null)
        {
            return await ConflictAsync(null, Playbook.Latest?.Id ?? 0, cancellationToken);
        }

        var body = LineEndings.Match(Input.Body ?? "", baseRevision.SourceText);
        var edited = FrontMatterEditor.Apply(baseRevision.SourceText, EditorInputChecks.ToFields(Input), body);
        if (!edited.Succeeded)
        {
            Problems = [edited.Problem!];
            return Page();
        }

        var userId = User.ToReader()?.UserId;
        var audienceBefore = await AudienceAsync(cancellationToken);
        var result = await saver.SaveAsync(
            new PlaybookSave(Playbook.Id, edited.Text!, baseRevision.Id, userId, User.DisplayName(), Input.Message!.Trim())
            {
                Publish = publish,
                Material = Input.Change == "material",
            },
            cancellationToken);
        return result switch
        {
            PlaybookSaved saved => await NoticePathsAsync(Saved(saved, userId), audienceBefore, cancellationToken),
            PlaybookSaveConflict conflict => await ConflictAsync(baseRevision, conflict.CurrentRevisionId, cancellationToken),
            PlaybookSaveRejected rejected => Rejected(rejected),
            _ => NotFound(),
        };
    }

    private RedirectResult Saved(PlaybookSaved saved, string? userId)
    {
        EditorLog.Saved(logger, Playbook.Id, saved.Number, userId, saved.IsPending);
        TempData["StatusMessage"] = saved.IsPending
            ? $"Revision {saved.Number} is saved as pending; readers still see the published revision until it is published."
            : $"Revision {saved.Number} is published.";
        return Redirect(PortalUrls.Playbook(Playbook.Slug));
    }

    private Task<string> AudienceAsync(CancellationToken cancellationToken) => db.Playbooks.AsNoTracking()
        .Where(p => p.Id == Playbook.Id).Select(p => p.Audience + " " + p.Status).SingleAsync(cancellationToken);

    // A published audience change can leave onboarding paths asking reps to read what they may not.
    private async Task<RedirectResult> NoticePathsAsync(
        RedirectResult saved, string audienceBefore, CancellationToken cancellationToken)
    {
        if (await AudienceAsync(cancellationToken) != audienceBefore
            && await PathFlagNotice.AfterAudienceChangeAsync(pathCheck, Playbook.Id, cancellationToken) is { } notice)
        {
            TempData["StatusMessage"] += notice;
        }

        return saved;
    }

    private PageResult Rejected(PlaybookSaveRejected rejected)
    {
        Problems = rejected.Problems;
        return Page();
    }

    private async Task<IActionResult> ConflictAsync(
        EditedRevision? baseRevision, long latestId, CancellationToken cancellationToken)
    {
        var latest = await EditedPlaybook.LoadRevisionAsync(db, Playbook.Id, latestId, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        EditorLog.Conflict(logger, Playbook.Id, User.ToReader()?.UserId, Input.BaseRevisionId, latest.Id);
        Conflict = new EditorConflict(baseRevision, latest, clock.ToLocal(latest.CreatedUtc));

        // The next save is made knowingly on top of what the other editor saved.
        Input.BaseRevisionId = latest.Id;
        return Page();
    }

    private async Task<string> RenderPreviewAsync(CancellationToken cancellationToken)
    {
        var view = await catalog.ForAsync(User, cancellationToken);
        var basePath = view.Find(Playbook.Slug)?.LinkBasePath ?? Playbook.Slug + ".md";
        return EditorPreview.Render(renderer, view, basePath, Input.Body ?? "");
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken cancellationToken)
    {
        var playbook = await EditedPlaybook.LoadAsync(db, slug, cancellationToken);
        Playbook = playbook!;
        return playbook is not null;
    }
}
