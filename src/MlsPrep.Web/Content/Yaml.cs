using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MlsPrep.Web.Content;

/// <summary>Reads YAML into a typed object, turning YAML errors into problems with the file's line number.</summary>
internal static class Yaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <param name="firstLine">The file line (1-based) on which the YAML text starts.</param>
    public static T? Read<T>(string yaml, string path, int firstLine, List<ContentProblem> problems) where T : class
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml);
        }
        catch (YamlException error)
        {
            problems.Add(Problem(error, path, firstLine));
            return null;
        }
    }

    /// <summary>A YAML error as a problem on the file line where it starts.</summary>
    public static ContentProblem Problem(YamlException error, string path, int firstLine)
    {
        var line = firstLine + Math.Max(0, (int)error.Start.Line - 1);
        var message = error.InnerException is { } inner && error.Message.Contains("Exception during deserialization", StringComparison.Ordinal)
            ? inner.Message
            : error.Message;
        return new ContentProblem(path, line, $"Invalid YAML: {Clean(message)}");
    }

    /// <summary>The file line of a top-level key, for pointing at the field that is wrong.</summary>
    public static int LineOf(string yaml, string key, int firstLine)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return index < 0 ? Math.Max(1, firstLine - 1) : firstLine + index;
    }

    private static string Clean(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
}
