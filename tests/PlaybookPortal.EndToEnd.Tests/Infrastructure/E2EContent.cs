namespace PlaybookPortal.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The content root the journeys read: three categories, an internal link with an anchor, and
/// one playbook whose audience leaves reps out.
/// </summary>
internal static class E2EContent
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
        Write(root, "playbooks/process/sales-process.md", """
            ---
            title: Sales process
            summary: The stages every deal moves through, and what lets it move on.
            tags: [process]
            ---
            Every deal moves through the same stages. Track your
            [close rate](../kpis/close-rate.md#formula) to see how well they work.

            ## Stages
            Prospect, discover, propose, negotiate, close.

            ## Exit criteria
            A stage is done when the buyer has agreed to the next step in writing.
            """);
        // Long enough that landing on #formula means the browser scrolled to it.
        var examples = string.Join("\n\n", Enumerable.Range(1, 30).Select(n =>
            $"Example {n}: winning {n} of {n + 10} closed deals is a close rate of {n} in {n + 10}."));
        Write(root, "playbooks/kpis/close-rate.md", $"""
            ---
            title: Close rate
            tags: [kpi]
            ---
            Won deals divided by all closed deals.

            ## Examples
            {examples}

            ## Formula
            `won / (won + lost)`
            """);
        Write(root, "playbooks/pay/commission.md", """
            ---
            title: Commission plan
            summary: Rates and accelerators.
            audience: [manager]
            ---
            The accelerator is 1.5x above quota.
            """);
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? root);
        File.WriteAllText(path, text);
    }
}
