namespace PlaybookPortal.Web.Tests.Infrastructure;

/// <summary>
/// A small content root written to a temporary folder: one playbook per visibility rule, plus
/// links between them, so every test can ask "who sees what" of real imported data.
/// </summary>
internal static class TestContent
{
    public static void WriteTo(string root)
    {
        Write(root, "positions.yaml", """
            positions:
              - id: ae
                title: Account executive
              - id: sdr
                title: Sales development rep
            """);
        Write(root, "playbooks/general/welcome.md", """
            ---
            title: Welcome to sales
            summary: Where everything starts.
            tags: [onboarding, basics]
            ---
            Read this first. Then see [the close rate](../kpis/close-rate.md#formula) and
            [commission](../pay/commission.md) and [AE notes](../pay/ae-notes.md) and
            [nowhere](../missing/page.md).

            ## Schritt
            ## Schritt
            ## Schritt 1
            Jump to [step one](#schritt-1).
            """);
        Write(root, "playbooks/kpis/close-rate.md", """
            ---
            title: Close rate
            tags: [kpi, basics]
            review_every: 30d
            last_reviewed: 2020-01-01
            ---
            Won deals divided by all closed deals.

            ## Formula
            `won / (won + lost)`
            """);
        Write(root, "playbooks/pay/commission.md", """
            ---
            title: Commission secrets
            summary: Rates and accelerators for managers.
            audience: [manager]
            tags: [basics]
            ---
            Managers only: the accelerator is 1.5x above quota.
            """);
        Write(root, "playbooks/pay/ae-notes.md", """
            ---
            title: Account executive notes
            audience: [ae]
            ---
            Only account executives (and staff) read this.
            """);
        Write(root, "playbooks/pay/broken-audience.md", """
            ---
            title: Misconfigured audience
            audience: [reps-in-emea]
            ---
            An audience value that names nothing must fail closed.
            """);
        Write(root, "playbooks/pay/draft.md", """
            ---
            title: Unreleased draft
            status: draft
            ---
            Not yet for readers.
            """);
        Write(root, "playbooks/general/moved.md", """
            ---
            title: Old page
            redirect_to: welcome.md
            noindex: true
            ---
            """);
        Write(root, "playbooks/general/moved-secret.md", """
            ---
            title: Old secret page
            redirect_to: ../pay/commission.md
            ---
            """);
        Write(root, "playbooks/general/bom.md", "\uFEFF---\r\ntitle: BOM page\r\naudience: [manager]\r\n---\r\nManager text behind a BOM.\r\n");
        Write(root, "playbooks/general/xss.md", """
            ---
            title: Hostile page
            ---
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](javascript&#58;alert(1))
            [d](vbscript:msgbox(1)) [e](data:text/html;base64,PHNjcmlwdD4=)

            <script>alert(1)</script><img src=x onerror=alert(1)>

            Dear {{company}}, <Presenter> will call.

            <iframe src="https://www.youtube.com/embed/abc"></iframe>
            """);
        Write(root, "playbooks/general/picture.png", "not really a picture");
        SearchTestContent.WriteTo(root);
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
