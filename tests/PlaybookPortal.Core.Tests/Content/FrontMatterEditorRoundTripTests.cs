using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

/// <summary>Saving a form nobody changed must give back the file exactly as it was.</summary>
public class FrontMatterEditorRoundTripTests
{
    public static TheoryData<string> Sources => new()
    {
        "---\ntitle: Discovery calls\nsummary: Ask first.\n---\n# Discovery\n",
        "\uFEFF---\r\ntitle: Discovery calls\r\ntags: [calls, discovery]\r\n---\r\nBody\r\n",
        "---   \n# who owns it\nowner: dana  # until March\nid: 7f3c\n\n# lists\ntags:\n  - a\n  - b\n--- \nBody",
        "---\nTitle: 'quoted: yes'\nDescription: \"Old alias\"\nextra:\n  nested: {a: 1}\n  more: [x, y]\n---\nBody\n",
        "---\ndescription: >-\n  Prepare the agenda\n  and send it early.\nstatus: Draft\nlanguage: de-AT\n---\n",
        "---\nreview_every: 6 months\nlast_reviewed: 2026-01-31\nrequires_ack: yes\nnoindex: false\n...\nBody\n",
        "---\naudience: sales, managers\nskills: [negotiation]\nredirect_to: /playbooks/x\n---\nBody\n",
        "---\n---\nBody with an empty block\n",
        "No front matter at all.\n",
        "\uFEFFNo front matter, but a mark.\r\n",
        "---\ntitle: never closed\nBody\n",
        "",
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Apply_NothingChanged_ReturnsTheSourceByteForByte(string source)
    {
        var (fields, body) = PlaybookFormFields.FromSource(source);

        var result = FrontMatterEditor.Apply(source, fields, body);

        Assert.Null(result.Problem);
        Assert.Equal(source, result.Text);
    }

    [Fact]
    public void Apply_OnlyBodyChanged_KeepsFrontMatterAndWritesBodyAsGiven()
    {
        const string source = "---\r\nid: 42\r\ntitle: T # shown\r\n---\r\nOld\r\n";
        var (fields, _) = PlaybookFormFields.FromSource(source);

        var result = FrontMatterEditor.Apply(source, fields, "New\nmixed\r\nendings");

        Assert.Equal("---\r\nid: 42\r\ntitle: T # shown\r\n---\r\nNew\nmixed\r\nendings", result.Text);
    }

    [Fact]
    public void Apply_ClosingFenceEndsTheFileAndBodyIsAdded_PutsBodyOnTheNextLine()
    {
        const string source = "---\ntitle: T\n---";
        var (fields, _) = PlaybookFormFields.FromSource(source);

        var result = FrontMatterEditor.Apply(source, fields, "Body\n");

        Assert.Equal("---\ntitle: T\n---\nBody\n", result.Text);
    }
}
