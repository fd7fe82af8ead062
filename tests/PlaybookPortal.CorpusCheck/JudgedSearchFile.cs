using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PlaybookPortal.CorpusCheck;

/// <summary>
/// Reads the judged searches of one corpus from <c>JudgedSearches/{name}.yaml</c>, which the
/// build copies next to the binaries.
/// </summary>
internal static class JudgedSearchFile
{
    public const string StarterName = "starter";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The judged searches for <paramref name="name"/>; throws when the file is missing or empty.</summary>
    public static IReadOnlyList<JudgedSearch> Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "JudgedSearches", name + ".yaml");
        var searches = Yaml.Deserialize<List<JudgedSearch>?>(File.ReadAllText(path));

        // A judged search without answers could never fail, so it would prove nothing.
        if (searches is null || searches.Count == 0 || searches.Exists(s => s.Answers.Count == 0))
        {
            throw new InvalidOperationException($"{path} holds no judged searches, or one without answers.");
        }

        return searches;
    }
}
