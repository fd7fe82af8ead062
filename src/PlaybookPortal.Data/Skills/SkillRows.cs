using PlaybookPortal.Core.Skills;

namespace PlaybookPortal.Data.Skills;

/// <summary>Maps between the <see cref="Skill"/> row and the file-side <see cref="SkillDefinition"/>.</summary>
public static class SkillRows
{
    public static SkillDefinition ToDefinition(Skill skill) =>
        new(skill.Id, skill.Name, skill.Category, skill.Description,
            [skill.Level0, skill.Level1, skill.Level2, skill.Level3, skill.Level4])
        {
            IsRetired = skill.IsRetired,
        };

    /// <summary>Copies the definition's fields onto <paramref name="skill"/>; true when anything changed.</summary>
    public static bool Apply(SkillDefinition definition, Skill skill)
    {
        var changed = !ToDefinition(skill).SameAs(definition with { Id = skill.Id });
        skill.Name = definition.Name;
        skill.Category = definition.Category;
        skill.Description = definition.Description;
        skill.Level0 = definition.Levels[0];
        skill.Level1 = definition.Levels[1];
        skill.Level2 = definition.Levels[2];
        skill.Level3 = definition.Levels[3];
        skill.Level4 = definition.Levels[4];
        skill.IsRetired = definition.IsRetired;
        return changed;
    }
}
