using System.Text;

namespace ReportGen.Definitions;

/// <summary>The encodings French survey exports come in, by the names users write in the project file.</summary>
public static class EncodingNames
{
    static EncodingNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<string> Known { get; } = ["utf-8", "windows-1252", "iso-8859-1", "iso-8859-15"];

    public static Encoding? Resolve(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" or "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
        "windows-1252" or "cp1252" or "ansi" => Encoding.GetEncoding(1252),
        "iso-8859-1" or "latin1" or "latin-1" => Encoding.Latin1,
        "iso-8859-15" or "latin9" or "latin-9" => Encoding.GetEncoding("iso-8859-15"),
        _ => null,
    };
}
