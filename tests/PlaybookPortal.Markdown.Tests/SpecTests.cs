using PlaybookPortal.Markdown.Tests.Support;

namespace PlaybookPortal.Markdown.Tests;

/// <summary>One test per example of the golden spec files in <c>Specs/</c>.</summary>
public class SpecTests
{
    private static readonly PlaybookRenderer Renderer = new();

    public static TheoryData<string, int, string> Examples()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var example in SpecExampleReader.ReadAll())
        {
            data.Add(example.File, example.Number, example.Section);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_Example_RendersExpectedHtml(string file, int number, string section)
    {
        var example = SpecExampleReader.Read(Path.Combine(SpecExampleReader.SpecDirectory, file))
            .Single(e => e.Number == number);

        var rendered = Renderer.Render(example.Markdown, new RenderRequest(example.DropTitle));

        Assert.False(rendered.Degraded, $"{file} #{number} ({section}) degraded: {rendered.Notice}");
        HtmlAssert.Equivalent(example.Html, rendered.Html);
    }
}
