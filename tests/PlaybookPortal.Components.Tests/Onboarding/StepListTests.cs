using Bunit;

namespace PlaybookPortal.Components.Tests;

public class StepListTests : BunitContext
{
    private static StepListItem Item(long key, StepListState state) => new()
    {
        Key = key, KindText = "Task", Title = "Step " + key, DueText = "Due Mon 30 Mar 2026", State = state,
    };

    [Fact]
    public void StepList_OverdueStep_SaysSoInWordsAndClass()
    {
        var cut = Render<StepList>(p => p.Add(c => c.Steps, [Item(1, StepListState.Overdue)]));

        var step = cut.Find("li.step");
        Assert.Contains("step--overdue", step.ClassList);
        Assert.Equal("Overdue", cut.Find(".step-state").TextContent);
        Assert.Contains("Due Mon 30 Mar 2026", cut.Find(".step-due").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void StepList_DoneStep_ShowsWhoAndEvidence()
    {
        var done = Item(2, StepListState.Done) with { DoneLine = "Done Tue 31 Mar 2026 14:05 by Max", Note = "Great demo" };

        var cut = Render<StepList>(p => p.Add(c => c.Steps, [done]));

        Assert.Equal("Done Tue 31 Mar 2026 14:05 by Max", cut.Find(".step-done").TextContent);
        Assert.Equal("Great demo", cut.Find(".step-note").TextContent);
        Assert.Empty(cut.FindAll("form"));
    }

    [Fact]
    public void StepList_Action_RendersAFormWithTokenStepAndRequiredNote()
    {
        var step = Item(3, StepListState.Open) with
        {
            Action = new StepListAction("/onboarding/enrollments/5?enrollmentId=5&handler=SignOff", "Sign off", "Note", NoteRequired: true),
        };

        var cut = Render<StepList>(p => p
            .Add(c => c.Steps, [step])
            .Add(c => c.AntiforgeryToken, "tok"));

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/onboarding/enrollments/5?enrollmentId=5&handler=SignOff", form.GetAttribute("action"));
        Assert.Equal("tok", cut.Find("input[name=__RequestVerificationToken]").GetAttribute("value"));
        Assert.Equal("3", cut.Find("input[name=stepKey]").GetAttribute("value"));
        Assert.True(cut.Find("input[name=note]").HasAttribute("required"));
        Assert.Equal("Note", cut.Find("label").TextContent);
    }

    [Fact]
    public void StepList_ReadStepRemovedAndReopened_LinksAndMarks()
    {
        var step = Item(4, StepListState.Reopened) with
        {
            KindText = "Read", Href = "/playbooks/discovery?returnUrl=%2Fonboarding", Removed = true,
            History = ["Read before the playbook changed; the new revision needs reading."],
        };

        var cut = Render<StepList>(p => p.Add(c => c.Steps, [step]));

        Assert.Equal("/playbooks/discovery?returnUrl=%2Fonboarding", cut.Find(".step-title a").GetAttribute("href"));
        Assert.Equal("Changed: read again", cut.Find(".step-state").TextContent);
        Assert.Contains("removed from the path", cut.Find(".step-removed").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll(".step-history li"));
    }
}
