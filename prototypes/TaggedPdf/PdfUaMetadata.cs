using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents;

namespace TaggedPdf;

/// <summary>
/// What PDFsharp 6.2.4 does not write for PDF/UA: the identification <c>pdfuaid:part 1</c> in the XMP metadata
/// (ISO 14289-1 §5), added here by an incremental update that replaces the metadata stream. PDFsharp's random
/// values (document /ID, XMP uuids, font subset tags) are first replaced in place, same length, by values
/// derived from the file's own bytes, so that the same blocks give the same bytes.
/// </summary>
internal static partial class PdfUaMetadata
{
    public static byte[] Add(byte[] pdf, DocumentInfo info)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = SubsetTag().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        var neutral = SubsetTag().Replace(text, m => "AAAAAA+" + m.Groups[2].Value);
        neutral = Uuid().Replace(neutral, "uuid:00000000-0000-0000-0000-000000000000");
        neutral = TrailerId().Replace(neutral, m => "/ID[<" + new string('0', 32) + "><" + new string('0', 32) + ">]");
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(neutral));
        var hex = Convert.ToHexString(hash);

        // Font subset tags: six capitals from the hash, by order of first appearance (the random tags themselves play no part).
        var newTags = tags.Select((t, i) => new string([.. Enumerable.Range(0, 6).Select(k => (char)('A' + (hash[(i * 6 + k) % hash.Length] % 26)))])).ToList();
        var fixedText = SubsetTag().Replace(text, m => newTags[tags.IndexOf(m.Groups[1].Value)] + "+" + m.Groups[2].Value);
        var documentId = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}".ToLowerInvariant();
        fixedText = Uuid().Replace(fixedText, "uuid:" + documentId);
        fixedText = TrailerId().Replace(fixedText, "/ID[<" + hex[..32] + "><" + hex[..32] + ">]");

        var metadataObject = int.Parse(MetadataReference().Match(fixedText).Groups[1].Value, CultureInfo.InvariantCulture);
        var trailer = LastTrailer().Matches(fixedText)[^1];
        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = trailer.Groups["root"].Value;
        var infoRef = trailer.Groups["info"].Value;
        var startXref = int.Parse(StartXref().Matches(fixedText)[^1].Groups[1].Value, CultureInfo.InvariantCulture);

        var xmp = Xmp(info, documentId);
        var xmpBytes = Encoding.UTF8.GetBytes(xmp);
        using var output = new MemoryStream();
        var original = Encoding.Latin1.GetBytes(fixedText);
        output.Write(original);
        if (original[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        var offset = output.Position;
        Write(output, $"{metadataObject} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmpBytes.Length}>>\nstream\n");
        output.Write(xmpBytes);
        Write(output, "\nendstream\nendobj\n");
        var xref = output.Position;
        Write(output, string.Create(CultureInfo.InvariantCulture,
            $"xref\n0 1\n0000000000 65535 f \n{metadataObject} 1\n{offset:D10} 00000 n \ntrailer\n<</ID[<{hex[..32]}><{hex[..32]}>]/Info {infoRef}/Root {root}/Size {size}/Prev {startXref}>>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    private static string Xmp(DocumentInfo info, string documentId)
    {
        static string X(string s) => SecurityElement.Escape(s);
        var date = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
               <pdfuaid:part>1</pdfuaid:part>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
               <dc:format>application/pdf</dc:format>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(info.Title)}</rdf:li></rdf:Alt></dc:title>
               <dc:creator><rdf:Seq><rdf:li>{X(info.Author)}</rdf:li></rdf:Seq></dc:creator>
               <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{X(info.Subject)}</rdf:li></rdf:Alt></dc:description>
               <dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
               <pdf:Producer>PDFsharp 6.2.4</pdf:Producer>
               <pdf:Keywords>{X(info.Keywords)}</pdf:Keywords>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
               <xmp:CreatorTool>{X(info.Creator)}</xmp:CreatorTool>
               <xmp:CreateDate>{date}</xmp:CreateDate>
               <xmp:ModifyDate>{date}</xmp:ModifyDate>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
               <xmpMM:DocumentID>uuid:{documentId}</xmpMM:DocumentID>
               <xmpMM:InstanceID>uuid:{documentId}</xmpMM:InstanceID>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
    }

    [GeneratedRegex(@"([A-Z]{6})\+(Noto)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"/Metadata (\d+) 0 R")]
    private static partial Regex MetadataReference();

    [GeneratedRegex(@"trailer\s*<<(?=[^\n]*/Info (?<info>\d+ 0 R))(?=[^\n]*/Root (?<root>\d+ 0 R))(?=[^\n]*/Size (?<size>\d+))")]
    private static partial Regex LastTrailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
