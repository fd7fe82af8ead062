using PlaybookPortal.Core.Onboarding.Paths;

namespace PlaybookPortal.Core.Tests.Onboarding;

public class PathIdRulesTests
{
    [Theory]
    [InlineData("Read the Discovery guide!", "read-the-discovery-guide")]
    [InlineData("Überblick: Kennzahlen", "uberblick-kennzahlen")]
    [InlineData("???", "step")]
    public void FromTitle_AnyTitle_GivesAValidId(string title, string expected)
    {
        var id = PathIdRules.FromTitle(title);

        Assert.Equal(expected, id);
        Assert.True(PathIdRules.IsValid(id));
    }

    [Fact]
    public void Unique_TakenId_AddsTheFirstFreeNumber()
    {
        var id = PathIdRules.Unique("shadow", new HashSet<string> { "shadow", "shadow-2" });

        Assert.Equal("shadow-3", id);
    }
}
