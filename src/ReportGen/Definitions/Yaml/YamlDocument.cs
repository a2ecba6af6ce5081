using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Definitions.Yaml;

/// <summary>
/// Loads a YAML file into YamlDotNet's node model, which keeps the line and column of every node so that
/// each problem found while reading the definitions can point at its place.
/// </summary>
internal static class YamlDocument
{
    /// <summary>The root mapping of the file, or null after reporting why there is none.</summary>
    public static YamlMap? Load(string path, string displayPath, DiagnosticBag bag, string what)
    {
        if (!File.Exists(path))
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, $"{what} not found.",
                "check the path; relative paths are read from the folder of the project file.");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Trim();
            // YamlDotNet prefixes its positions; the location is printed once, in front.
            var paren = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && paren > 0)
            {
                message = message[(paren + 3)..];
            }

            bag.Add(new SourceLocation(displayPath, (int)ex.Start.Line, (int)ex.Start.Column), DiagnosticCodes.YamlSyntax,
                $"malformed YAML: {message}", "check the indentation and quoting around this place; a value containing ': ' or '#' needs quotes.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            bag.Add(node is null ? new SourceLocation(displayPath, 1, 1) : YamlMap.Locate(displayPath, node), DiagnosticCodes.InvalidValue,
                $"the {what} must be a YAML mapping of keys to values.", "start from the example that 'reportgen init' writes.");
            return null;
        }

        return new YamlMap(root, displayPath, bag, what);
    }
}
