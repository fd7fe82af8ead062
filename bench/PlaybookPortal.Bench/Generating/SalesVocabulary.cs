namespace PlaybookPortal.Bench.Generating;

/// <summary>
/// The words the generator writes, most common first, so a Zipf draw over their ranks gives
/// sales-like text: a few words everywhere, a long tail that only a few playbooks contain.
/// </summary>
public sealed class SalesVocabulary
{
    // Hand-picked sales words lead the ranking so the frequent words read like a playbook.
    private static readonly string[] CoreWords =
    [
        "pipeline", "forecast", "deal", "customer", "quota", "account", "prospect", "meeting", "manager",
        "opportunity", "revenue", "discovery", "demo", "proposal", "pricing", "contract", "renewal",
        "territory", "lead", "qualification", "stage", "commit", "close", "buyer", "champion", "budget",
        "decision", "timeline", "objection", "negotiation", "discount", "signature", "onboarding",
        "expansion", "upsell", "churn", "retention", "coaching", "enablement", "cadence", "outreach",
        "sequence", "email", "call", "voicemail", "referral", "inbound", "outbound", "webinar", "event",
        "persona", "segment", "industry", "enterprise", "midmarket", "startup", "procurement", "legal",
        "security", "review", "approval", "handoff", "rep", "executive", "sponsor", "stakeholder",
        "value", "outcome", "metric", "dashboard", "report", "crm", "hygiene", "activity", "task",
        "follow-up", "agenda", "recap", "notes", "next-step", "mutual", "plan", "risk", "blocker",
        "competitor", "battlecard", "positioning", "messaging", "storytelling", "case-study",
        "testimonial", "trial", "pilot", "evaluation", "requirement", "integration", "implementation",
        "license", "subscription", "invoice", "payment", "term", "clause", "redline", "commission",
        "bonus", "accelerator", "spiff", "attainment", "capacity", "ramp", "hiring", "interview",
        "territory-plan", "account-plan", "whitespace", "prioritization", "scoring", "routing",
        "assignment", "sla", "response", "conversion", "win-rate", "cycle", "velocity", "coverage",
        "weighted", "snapshot", "slippage", "pushed", "lost", "won", "reason", "debrief", "retro",
    ];

    // German words for the few German playbooks; the analysis differs, so they get their own list.
    private static readonly string[] GermanWords =
    [
        "vertrieb", "kunde", "angebot", "auftrag", "umsatz", "prognose", "termin", "gespräch",
        "vertrag", "preis", "rabatt", "verhandlung", "entscheidung", "budget", "ansprechpartner",
        "vertriebsprozess", "außendienst", "innendienst", "kennzahl", "ziel", "quote", "abschluss",
        "nachfassen", "bedarfsanalyse", "präsentation", "einwand", "wettbewerber", "verlängerung",
        "kündigung", "provision", "gebiet", "bestandskunde", "neukunde", "akquise", "pflege",
    ];

    // Syllables for the long tail; none contains "q" or "x", which the no-hit words use.
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ren", "tor", "val", "bis", "dun", "fe", "gor", "hal", "jen", "lum",
        "mar", "nel", "pol", "ras", "sel", "tun", "vor", "wen", "zal", "bre", "cor", "dal", "fin",
    ];

    /// <summary>Fixed two-word terms the generator emits together, so phrase queries match.</summary>
    public static IReadOnlyList<string> Phrases { get; } =
    [
        "pipeline review", "discovery call", "forecast category", "mutual action plan",
        "deal desk", "quarterly business review", "decision maker", "economic buyer",
        "win plan", "renewal risk", "champion letter", "pricing approval",
    ];

    public SalesVocabulary(int tailSize)
    {
        var words = new List<string>(CoreWords);
        var seen = new HashSet<string>(CoreWords, StringComparer.Ordinal);
        for (var i = 0; words.Count < CoreWords.Length + tailSize; i++)
        {
            var word = TailWord(i);
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        English = words;
    }

    /// <summary>English words, rank 1 first.</summary>
    public IReadOnlyList<string> English { get; }

    /// <summary>German words, rank 1 first.</summary>
    public static IReadOnlyList<string> German => GermanWords;

    // Three syllables from the digits of i in base 26: distinct, pronounceable, deterministic.
    private static string TailWord(int i)
    {
        var n = Syllables.Length;
        return Syllables[i % n] + Syllables[i / n % n] + Syllables[i / (n * n) % n] + "en";
    }
}
