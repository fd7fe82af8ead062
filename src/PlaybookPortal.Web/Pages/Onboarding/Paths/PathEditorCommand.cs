using System.Globalization;

namespace PlaybookPortal.Web.Pages.Onboarding.Paths;

/// <summary>
/// The editor's buttons, each a plain form post so they work without JavaScript: save, add a
/// step, or remove / move up / move down the step at an index ("up:3").
/// </summary>
public static class PathEditorCommand
{
    /// <summary>Applies a step command to the form's steps; false for save (or anything unknown).</summary>
    public static bool TryApply(string? command, List<PathStepInput> steps)
    {
        if (command == "add")
        {
            steps.Add(new PathStepInput());
            return true;
        }

        var parts = command?.Split(':');
        if (parts is not [var verb, var number]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= steps.Count)
        {
            return false;
        }

        switch (verb)
        {
            case "remove":
                steps.RemoveAt(index);
                return true;
            case "up" when index > 0:
                (steps[index - 1], steps[index]) = (steps[index], steps[index - 1]);
                return true;
            case "down" when index < steps.Count - 1:
                (steps[index + 1], steps[index]) = (steps[index], steps[index + 1]);
                return true;
            default:
                // Moving the first step up or the last one down changes nothing, but is no save either.
                return verb is "up" or "down";
        }
    }
}
