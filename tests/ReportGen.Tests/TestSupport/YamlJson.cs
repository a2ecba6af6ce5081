using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// YAML to JSON as an editor's YAML language server sees it (YAML 1.2 core schema): quoted scalars stay
/// strings, plain scalars that read as null, booleans or numbers become JSON null, booleans and numbers,
/// every other plain scalar (2020-03-03, yes, 9.1.2) stays a string.
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? ToNode(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    public static JsonElement ToElement(string yaml)
    {
        var node = ToNode(yaml);
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return document.RootElement.Clone();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Object(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonObject Object(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : throw new NotSupportedException($"non-scalar key at {key.Start}");
            result.Add(name, Convert(value));
        }

        return result;
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                => JsonValue.Create(whole),
            _ when FloatPattern().IsMatch(text) => JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
