using AngleSharp.Html.Parser;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Proves the result parser on a page of known shape before any rank is trusted: a parser
/// that silently read nothing would turn every judged search into a "not found".
/// </summary>
internal static class SearchResultLinksSelfCheck
{
    private const string Sample = """
        <main>
          <a class="search-result-link" href="/playbooks/outside-the-list">Not a result</a>
          <ol class="search-results">
            <li class="search-result"><a class="search-result-link" href="/playbooks/kpis/close-rate#worked-example">Close rate</a>
              <a class="search-result-link" href="/playbooks/kpis/second-link-in-the-same-result">ignored</a></li>
            <li class="search-result"><p>x</p><a class="search-result-link" href="/playbooks/team/au%C3%9Fendienst%20neu">Außendienst</a></li>
            <li class="search-result"><a class="search-result-link" href="http://localhost/playbooks/process/sales-process?from=search#stages">Sales process</a></li>
            <li class="search-result"><a class="search-result-link" href="/categories/kpis">Not a playbook</a></li>
          </ol>
        </main>
        """;

    private static readonly string[] Expected =
        ["kpis/close-rate", "team/außendienst neu", "process/sales-process", ""];

    /// <summary>Throws when the parser does not read the sample as expected.</summary>
    public static void Run()
    {
        var page = new HtmlParser().ParseDocument(Sample);
        var slugs = SearchResultLinks.Slugs(page);
        var none = SearchResultLinks.Slugs(new HtmlParser().ParseDocument("<p>No playbooks match.</p>"));
        if (!slugs.SequenceEqual(Expected, StringComparer.Ordinal) || none.Count != 0)
        {
            throw new InvalidOperationException(
                $"The search result parser read [{string.Join(", ", slugs)}] from its own sample.");
        }
    }
}
