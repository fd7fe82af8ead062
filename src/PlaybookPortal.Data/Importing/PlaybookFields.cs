using Microsoft.EntityFrameworkCore;
using PlaybookPortal.Core.Content;
using PlaybookPortal.Data.Changes;
using PlaybookPortal.Data.Playbooks;

namespace PlaybookPortal.Data.Importing;

/// <summary>
/// How a draft's front matter and derived facts land on a playbook row, shared by the importer
/// and the browser editor so a file and a save of the same text give the same playbook.
/// </summary>
internal static class PlaybookFields
{
    public static void Apply(Playbook playbook, PlaybookDraft draft, DateTime nowUtc)
    {
        var fields = draft.Fields;
        playbook.Slug = draft.File.Slug;
        playbook.Title = Truncate(draft.Title, 500);
        playbook.TitleFromHeading = draft.TitleFromHeading;
        playbook.SummaryFromBody = draft.Fields.Summary is null && draft.Summary is not null;
        playbook.Summary = draft.Summary is null ? null : Truncate(draft.Summary, 2000);
        playbook.Category = draft.Category;
        playbook.Audience = draft.Audience.ToStorage();
        playbook.Owner = fields.Owner;
        playbook.Status = fields.Status;
        playbook.Language = fields.Language;
        playbook.ReviewEveryDays = fields.ReviewEvery?.Days;
        playbook.LastReviewed = fields.LastReviewed;
        playbook.RequiresAck = fields.RequiresAck ?? false;
        playbook.NoIndex = fields.NoIndex;
        playbook.RedirectTo = fields.RedirectTo;
        playbook.Problems = draft.Problems.Count == 0
            ? null
            : string.Join('\n', draft.Problems.Select(p => p.ToString()));
        playbook.UpdatedUtc = nowUtc;
        PlaybookRelations.Replace(playbook, draft);
    }

    /// <summary>What search must know about the change from the playbook's state to the draft's.</summary>
    public static ChangeKind DescribeChange(Playbook playbook, PlaybookDraft draft)
    {
        if (draft.Fields.Status == PlaybookStatus.Archived && playbook.Status != PlaybookStatus.Archived)
        {
            return ChangeKind.Archived;
        }

        if (playbook.Audience != draft.Audience.ToStorage())
        {
            return ChangeKind.AudienceChanged;
        }

        return playbook.Status != draft.Fields.Status ? ChangeKind.StatusChanged : ChangeKind.Published;
    }

    public static async Task<int> NextRevisionNumberAsync(
        PortalDbContext db, string playbookId, CancellationToken cancellationToken)
    {
        var last = await db.PlaybookRevisions.Where(r => r.PlaybookId == playbookId)
            .MaxAsync(r => (int?)r.Number, cancellationToken);
        return (last ?? 0) + 1;
    }

    private static string Truncate(string text, int length) =>
        text.Length <= length ? text : text[..length];
}
