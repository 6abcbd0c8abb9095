using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MlsPrep.Web.Content;

/// <summary>The YAML at the top of a note. Unknown keys are errors, so a typo never goes unnoticed.</summary>
internal sealed class TopicFrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    /// <summary>Per exam code, what the note serves there: task statements ("1.3"), a domain id, or "exam".</summary>
    public Dictionary<string, List<string>?>? Exams { get; set; }
    /// <summary>The single-exam field notes had before <see cref="Exams"/>: read only to say what replaces it.</summary>
    public string? Domain { get; set; }
    public int? Order { get; set; }
    public List<string>? Tags { get; set; }
    /// <summary>What a candidate asks when they need this note, in their words rather than the note's: for search.</summary>
    public List<string>? Concepts { get; set; }
    public List<ServiceEntry>? Services { get; set; }

    internal sealed class ServiceEntry
    {
        public string? Name { get; set; }
        public List<string>? Aliases { get; set; }
    }

    private const string Keys = "id, title, summary, exams, order, tags, concepts, services";

    /// <summary>
    /// Reads the front matter field by field from YAML's node tree. YamlDotNet's reflection-based deserializer looked up
    /// every property's attributes on every note: a quarter of reading one. Each problem names the file line of its node.
    /// </summary>
    /// <param name="firstLine">The file line (1-based) on which the YAML text starts.</param>
    public static TopicFrontMatter? Read(string yaml, string path, int firstLine, List<ContentProblem> problems)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException error)
        {
            problems.Add(Yaml.Problem(error, path, firstLine));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, naming no line, when the text ends inside an unclosed [ or {.
            var line = firstLine + (int)(parser.Current?.Start.Line ?? 1) - 1;
            problems.Add(new(path, line, "Invalid YAML: a [ or { opened here is never closed."));
            return null;
        }
        var front = new TopicFrontMatter();
        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode)) return front;
        var before = problems.Count;
        void Problem(YamlNode node, string message) => problems.Add(new(path, firstLine + (int)node.Start.Line - 1, message));

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Problem(stream.Documents[0].RootNode, $"The front matter holds 'key: value' lines ({Keys}).");
            return null;
        }
        foreach (var (keyNode, value) in root.Children)
        {
            switch (Text(keyNode))
            {
                case "id": front.Id = Scalar(value, "id"); break;
                case "title": front.Title = Scalar(value, "title"); break;
                case "summary": front.Summary = Scalar(value, "summary"); break;
                case "domain": front.Domain = Scalar(value, "domain"); break;
                case "order": front.Order = Number(value); break;
                case "tags": front.Tags = List(value, "tags"); break;
                case "concepts": front.Concepts = List(value, "concepts"); break;
                case "exams": front.Exams = ExamMap(value); break;
                case "services": front.Services = ServiceList(value); break;
                case var unknown: Problem(keyNode, $"Unknown front matter key '{unknown}': the keys are {Keys}."); break;
            }
        }
        return problems.Count == before ? front : null;

        string? Scalar(YamlNode node, string field)
        {
            if (IsNull(node)) return null;
            if (node is YamlScalarNode scalar) return scalar.Value;
            Problem(node, $"'{field}' takes one line of text, not a list or a map.");
            return null;
        }

        int? Number(YamlNode node)
        {
            if (IsNull(node)) return null;
            if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
            Problem(node, "'order' takes a whole number, such as 'order: 3'.");
            return null;
        }

        List<string>? List(YamlNode node, string field)
        {
            if (IsNull(node)) return null;
            if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
                return [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "")];
            Problem(node, $"'{field}' takes a list of text, such as '{field}: [first, second]'.");
            return null;
        }

        Dictionary<string, List<string>?>? ExamMap(YamlNode node)
        {
            if (IsNull(node)) return null;
            if (node is not YamlMappingNode map)
            {
                Problem(node, "'exams' takes one line per exam, such as 'MLA-C01: [1.1, 1.2]'.");
                return null;
            }
            var exams = new Dictionary<string, List<string>?>(StringComparer.Ordinal);
            foreach (var (code, served) in map.Children) exams[Text(code)] = List(served, Text(code));
            return exams;
        }

        List<ServiceEntry>? ServiceList(YamlNode node)
        {
            if (IsNull(node)) return null;
            if (node is not YamlSequenceNode sequence)
            {
                Problem(node, "'services' takes a list of entries, such as '- name: Amazon SageMaker AI'.");
                return null;
            }
            var services = new List<ServiceEntry>();
            foreach (var entry in sequence.Children)
            {
                if (entry is not YamlMappingNode fields)
                {
                    Problem(entry, "A service is 'name:' with optional 'aliases: [...]'.");
                    continue;
                }
                var service = new ServiceEntry();
                foreach (var (field, value) in fields.Children)
                {
                    switch (Text(field))
                    {
                        case "name": service.Name = Scalar(value, "name"); break;
                        case "aliases": service.Aliases = List(value, "aliases"); break;
                        case var unknown: Problem(field, $"Unknown service key '{unknown}': a service has name and aliases."); break;
                    }
                }
                services.Add(service);
            }
            return services;
        }
    }

    private static string Text(YamlNode node) => node is YamlScalarNode { Value: { } text } ? text : node.ToString();

    /// <summary>YAML's null: an empty value, ~ or null, unquoted.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
