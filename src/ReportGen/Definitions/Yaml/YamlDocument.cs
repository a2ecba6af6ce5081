using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Definitions.Yaml;

/// <summary>
/// Loads a YAML file into YamlDotNet's node model, which keeps the line and column of every node so that
/// each problem found while reading the definitions can point at its place. Hostile files are refused
/// before the node model is built: a file that is not UTF-8 text, larger than <see cref="MaxFileBytes"/>,
/// nested deeper than <see cref="MaxDepth"/> or with a scalar longer than <see cref="MaxScalarChars"/>; and
/// after: aliases that repeat more than <see cref="MaxExpandedNodes"/> values ("billion laughs"; values written out do not count).
/// </summary>
internal static class YamlDocument
{
    /// <summary>The largest definition file read; the largest real one is about 10 KB.</summary>
    public const int MaxFileBytes = 2 << 20;

    /// <summary>The deepest nesting of mappings and sequences; the definitions need 6.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest single value, in characters.</summary>
    public const int MaxScalarChars = 64 * 1024;

    /// <summary>The most values that aliases may stand for, all aliases expanded (values written out do not count).</summary>
    public const int MaxExpandedNodes = 100_000;

    /// <summary>How much of a definition file is read (the bytes actually read, whatever size the file reports).</summary>
    /// <remarks>Built at each use, so that its words are those of the language spoken then.</remarks>
    public static InputLimit Limit => new(MaxFileBytes, DiagnosticCodes.YamlLimit, DefinitionMessages.DefinitionFilesKind, DefinitionMessages.DefinitionFileTooLargeHint);

    /// <summary>The root mapping of the file, or null after reporting why there is none.</summary>
    /// <param name="what">The file in words, in the language of the messages: "project file", « le fichier projet » (French phrases carry their article).</param>
    /// <param name="noun">The same file as a bare noun, for <see cref="InputFile"/>'s messages, which give it its article: "project file", « fichier projet ».</param>
    public static YamlMap? Load(string path, string displayPath, DiagnosticBag bag, string what, string noun)
    {
        if (!Path.Exists(path))
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(DefinitionMessages.DefinitionFileNotFound, what), DefinitionMessages.DefinitionFileNotFoundHint);
            return null;
        }

        var text = ReadText(path, displayPath, bag, what, noun);
        if (text is null)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            if (ExceedsLimits(text, displayPath, bag, what))
            {
                return null;
            }

            stream.Load(new StringReader(text));
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
                Text.Format(DefinitionMessages.MalformedYaml, message), SyntaxHint(message));
            return null;
        }

        long aliased = 0;
        if (stream.Documents.Count > 0 && FindAliasBomb(stream.Documents[0].RootNode, new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance), ref aliased) is { } bomb)
        {
            bag.Add(YamlMap.Locate(displayPath, bomb), DiagnosticCodes.YamlLimit,
                Text.Format(DefinitionMessages.AliasBomb, what, MaxExpandedNodes), DefinitionMessages.AliasBombHint);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            bag.Add(node is null ? new SourceLocation(displayPath, 1, 1) : YamlMap.Locate(displayPath, node), DiagnosticCodes.InvalidValue,
                Text.Format(DefinitionMessages.RootNotMapping, what), DefinitionMessages.RootNotMappingHint);
            return null;
        }

        return new YamlMap(root, displayPath, bag, what);
    }

    private static string SyntaxHint(string message) =>
        message.Contains("tab character", StringComparison.Ordinal) ? DefinitionMessages.YamlTabHint
        : message.StartsWith("Duplicate key", StringComparison.Ordinal) ? DefinitionMessages.YamlDuplicateKeyHint
        : DefinitionMessages.YamlSyntaxHint;

    /// <summary>The file as text, or null after reporting a file too large or not UTF-8.</summary>
    private static string? ReadText(string path, string displayPath, DiagnosticBag bag, string what, string noun)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAllBytes(path, displayPath, Limit, noun);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Add(new SourceLocation(displayPath), DiagnosticCodes.FileNotFound, Text.Format(DefinitionMessages.DefinitionFileUnreadable, what, ex.Message), DefinitionMessages.DefinitionFileUnreadableHint);
            return null;
        }

        var body = bytes.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        var bad = FirstInvalidUtf8(body);
        if (bad < 0)
        {
            bad = body.IndexOf((byte)0);
        }

        if (bad >= 0)
        {
            var before = body[..bad];
            var line = before.Count((byte)'\n') + 1;
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
            var utf16 = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || body.IndexOf((byte)0) >= 0;
            bag.Add(new SourceLocation(displayPath, line, column), DiagnosticCodes.YamlNotUtf8,
                Text.Format(DefinitionMessages.NotUtf8, what, body[bad], body[bad] == 0 ? DefinitionMessages.NulByte : DefinitionMessages.InvalidUtf8Byte),
                utf16 ? DefinitionMessages.NotUtf8Utf16Hint : DefinitionMessages.NotUtf8Hint);
            return null;
        }

        return Encoding.UTF8.GetString(body);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    /// <summary>Walks the parser's events (no recursion) and reports the first place over a limit.</summary>
    private static bool ExceedsLimits(string text, string displayPath, DiagnosticBag bag, string what)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var after = new Mark();
        while (Next(parser, after, displayPath, bag) is var more && more != false)
        {
            if (more is null)
            {
                return true;
            }

            var current = parser.Current!;
            after = current.End;
            switch (current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    bag.Add(new SourceLocation(displayPath, (int)current.Start.Line, (int)current.Start.Column), DiagnosticCodes.YamlLimit,
                        Text.Format(DefinitionMessages.NestedTooDeep, what, MaxDepth), DefinitionMessages.NestedTooDeepHint);
                    return true;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case Scalar scalar when scalar.Value.Length > MaxScalarChars:
                    bag.Add(new SourceLocation(displayPath, (int)current.Start.Line, (int)current.Start.Column), DiagnosticCodes.YamlLimit,
                        Text.Format(DefinitionMessages.ValueTooLong, scalar.Value.Length, what, MaxScalarChars), DefinitionMessages.ValueTooLongHint);
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// The parser's next event. YamlDotNet's scanner throws <see cref="InvalidOperationException"/> instead of a
    /// <see cref="YamlException"/> on some malformed flow collections (an unclosed <c>{ … satisfied: true</c>): that is
    /// reported as malformed YAML after the last event read, not as a crash; null then.
    /// </summary>
    private static bool? Next(Parser parser, Mark after, string displayPath, DiagnosticBag bag)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            bag.Add(new SourceLocation(displayPath, (int)Math.Max(1, after.Line), (int)Math.Max(1, after.Column)), DiagnosticCodes.YamlSyntax,
                Text.Format(DefinitionMessages.MalformedYaml, DefinitionMessages.YamlParserFailed), DefinitionMessages.YamlSyntaxHint);
            return null;
        }
    }

    /// <summary>
    /// The first node at which the values that aliases stand for pass <see cref="MaxExpandedNodes"/>, or null. Only what
    /// aliases repeat counts: a long list written out (50 000 categories) is no bomb. YamlDotNet gives an alias the node
    /// of its anchor, so a node met a second time is an alias, costing the whole size of that node again; the memo keeps
    /// the walk linear in the distinct nodes.
    /// </summary>
    private static YamlNode? FindAliasBomb(YamlNode node, Dictionary<YamlNode, long> sizes, ref long aliased)
    {
        // A node met again while its children are walked is a cycle: count it as too large.
        sizes[node] = MaxExpandedNodes + 1;
        long size = 1;
        IEnumerable<YamlNode> children = node switch
        {
            YamlMappingNode map => map.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
            YamlSequenceNode sequence => sequence.Children,
            _ => [],
        };
        foreach (var child in children)
        {
            if (sizes.TryGetValue(child, out var repeated))
            {
                aliased += repeated;
                size = Math.Min(size + repeated, MaxExpandedNodes + 1);
                if (aliased > MaxExpandedNodes)
                {
                    return node;
                }

                continue;
            }

            if (FindAliasBomb(child, sizes, ref aliased) is { } bomb)
            {
                return bomb;
            }

            size = Math.Min(size + sizes[child], MaxExpandedNodes + 1);
        }

        sizes[node] = size;
        return null;
    }
}
