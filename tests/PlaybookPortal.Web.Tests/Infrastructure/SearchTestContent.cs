namespace PlaybookPortal.Web.Tests.Infrastructure;

/// <summary>
/// Playbooks the search tests need beside <see cref="TestContent"/>: a section below two
/// headings, a German playbook sharing a word with an English one, a word that a public and a
/// manager-only playbook share, markup that must stay text in a snippet, and more
/// playbooks with one word than fit on a page.
/// </summary>
internal static class SearchTestContent
{
    /// <summary>How many playbooks contain the word "metronome".</summary>
    public const int PagingDrills = 23;

    public static void WriteTo(string root)
    {
        Write(root, "playbooks/forecasting/forecast-reviews.md", """
            ---
            title: Forecast reviews
            summary: How the weekly forecast call runs.
            tags: [forecast, kpi]
            ---
            The weekly call keeps the pipeline honest.

            ## Forecasting
            Every rep commits a number each Monday.

            ### Accuracy
            Sandbagging hurts accuracy as much as happy ears: compare the commit with what closed.
            """);
        Write(root, "playbooks/forecasting/prognose.md", """
            ---
            title: Prognose im Vertrieb
            language: de
            tags: [forecast]
            ---
            Die Pipeline wird jeden Montag geprüft.

            ## Abgleich
            Jede Prognose braucht einen Abgleich mit den Abschlüssen.
            """);
        Write(root, "playbooks/general/quota-basics.md", """
            ---
            title: Quota basics
            tags: [quota]
            ---
            Quota is the number each rep carries for the year.
            """);
        Write(root, "playbooks/pay/quota-secrets.md", """
            ---
            title: Quota relief rules
            category: Leadership
            audience: [manager]
            tags: [confidential]
            ---
            Quota relief applies when a territory changes hands mid-year.
            """);
        Write(root, "playbooks/general/pasted-markup.md", """
            ---
            title: Pasting from the CRM
            ---
            Notes copied from the CRM can hold markup like `<img src=x onerror=alert(1)>` in the quokka field.
            """);

        // A page of twenty and three more, so paging has a full page and a rest.
        for (var number = 1; number <= PagingDrills; number++)
        {
            Write(root, $"playbooks/drills/drill-{number:00}.md", $"""
                ---
                title: Metronome drill {number:00}
                ---
                Practise the pitch with a metronome, round {number}.
                """);
        }
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
