namespace PlaybookPortal.Markdown.Tests.Sanitizing;

/// <summary>
/// Known script-injection vectors, each rendered on its own and inside a paragraph, list and
/// table. None may leave a script element, an event handler, inline style, a script URL or a
/// frame in the output.
/// </summary>
public class ScriptInjectionTests
{
    private static readonly PlaybookRenderer Renderer = new();

    public static TheoryData<string> Vectors() =>
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<a href='vbscript:msgbox(1)'>x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"https://example.com/a.png\" onload=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "<form action=https://evil.example><button formaction=javascript:alert(1)>go</button></form>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div onmouseover=\"alert(1)\">x</div>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--<img src=x onerror=alert(1)>-->",
        "<a href=\"#\" data-pp-link=\"0\">forged placeholder</a>",
        "<%= \"<script>alert(1)</script>\" %>",
        "{{generator:<script>alert(1)</script>}}",
    ];

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Render_InjectionVector_LeavesNothingExecutable(string vector)
    {
        string[] bodies = [vector, $"Text {vector} text", $"- item {vector}", $"| a |\n|---|\n| {vector} |"];

        foreach (var body in bodies)
        {
            var html = Renderer.Render(body, new RenderRequest(false)).Html;

            var problem = ExecutableMarkup.Find(html);
            Assert.True(problem is null, $"{problem} in the output for {body}:\n{html}");
        }
    }

    [Theory]
    [InlineData("<a href=\" java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<p style=\"color:red\">x</p>")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>")]
    [InlineData("<a data-pp-link=\"0\" title=\"x\">x</a>")]
    public void ExecutableMarkup_RawVector_IsRecognised(string html)
    {
        var problem = ExecutableMarkup.Find(html);

        Assert.NotNull(problem);
    }
}
