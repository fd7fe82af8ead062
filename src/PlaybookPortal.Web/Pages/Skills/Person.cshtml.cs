using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PlaybookPortal.Data.Skills;
using PlaybookPortal.Web.Hosting;
using PlaybookPortal.Web.Identity;

namespace PlaybookPortal.Web.Pages.Skills;

public sealed class PersonModel(PersonSkillsReader reader, AssessmentRecorder recorder, PortalClock clock) : PageModel
{
    private Core.Access.Reader _viewer = null!;

    public PersonSkills Person { get; private set; } = null!;

    public PortalClock Clock => clock;

    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string userId, string? skill, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userId, cancellationToken))
        {
            return NotFound();
        }

        Input.SkillId = skill;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string userId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userId, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The recorder checks skill and level again; an impossible value becomes its refusal.
        var result = await recorder.RecordAsync(
            _viewer, userId, Input.SkillId ?? "", Input.Level ?? -1, Input.Note, cancellationToken);
        switch (result.Outcome)
        {
            case AssessmentOutcome.PersonNotFound:
                return NotFound();
            case AssessmentOutcome.Refused:
                return Forbid();
            case AssessmentOutcome.UnknownSkill:
                ModelState.AddModelError("Input.SkillId", "Choose a skill from the catalog.");
                return Page();
            case AssessmentOutcome.InvalidLevel:
                ModelState.AddModelError("Input.Level", "Choose a level from 0 to 4.");
                return Page();
            case AssessmentOutcome.NoteTooLong:
                ModelState.AddModelError("Input.Note", "Keep the note under 4,000 characters.");
                return Page();
        }

        StatusMessage = result.Assessment is { IsSelfAssessment: true } ? "Self-assessment recorded." : "Assessment recorded.";
        return Redirect(SkillUrls.Person(userId));
    }

    private async Task<bool> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        if (User.ToReader() is not { } viewer || await reader.ReadAsync(viewer, userId, cancellationToken) is not { } person)
        {
            return false;
        }

        _viewer = viewer;
        Person = person;
        return true;
    }
}
