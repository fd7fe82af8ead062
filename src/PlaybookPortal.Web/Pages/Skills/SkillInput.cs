using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PlaybookPortal.Core.Skills;
using PlaybookPortal.Data.Skills;

namespace PlaybookPortal.Web.Pages.Skills;

/// <summary>The skill form's fields; lengths match the database columns.</summary>
public sealed class SkillInput
{
    [Display(Name = "Id")]
    public string? Id { get; set; }

    [Display(Name = "Name"), StringLength(200)]
    public string? Name { get; set; }

    [Display(Name = "Category")]
    public string? Category { get; set; }

    [Display(Name = "Description"), StringLength(4000)]
    public string? Description { get; set; }

    [StringLength(2000)] public string? Level0 { get; set; }

    [StringLength(2000)] public string? Level1 { get; set; }

    [StringLength(2000)] public string? Level2 { get; set; }

    [StringLength(2000)] public string? Level3 { get; set; }

    [StringLength(2000)] public string? Level4 { get; set; }

    public static SkillInput From(Skill skill) => new()
    {
        Id = skill.Id,
        Name = skill.Name,
        Category = SkillCategoryNames.Of(skill.Category),
        Description = skill.Description,
        Level0 = skill.Level0,
        Level1 = skill.Level1,
        Level2 = skill.Level2,
        Level3 = skill.Level3,
        Level4 = skill.Level4,
    };

    /// <summary>The definition when every field is valid; otherwise errors go beside the fields.</summary>
    public SkillDefinition? ToDefinition(ModelStateDictionary modelState, bool isRetired)
    {
        var id = Id?.Trim() ?? "";
        if (!SkillIdRules.IsValid(id))
        {
            modelState.AddModelError("Input.Id", "Use lower-case letters, digits and hyphens, for example 'cold-calling'.");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            modelState.AddModelError("Input.Name", "Give the skill a name.");
        }

        if (!SkillCategoryNames.TryParse(Category, out var category))
        {
            modelState.AddModelError("Input.Category", "Choose hard or soft.");
        }

        return modelState.IsValid
            ? new SkillDefinition(id, Name!.Trim(), category, Trimmed(Description),
                [Trimmed(Level0), Trimmed(Level1), Trimmed(Level2), Trimmed(Level3), Trimmed(Level4)])
            {
                IsRetired = isRetired,
            }
            : null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
