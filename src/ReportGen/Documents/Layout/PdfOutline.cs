using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Documents.Layout;

/// <summary>
/// Adds bookmarks (the PDF outline) for the headings, which SkiaSharp's PDF backend does not write. The PDF is
/// extended by an incremental update (ISO 32000-1 §7.5.6): new outline objects, a new version of the catalog
/// that points at them, and a cross-reference section for those objects only. The bytes Skia wrote stay as
/// they are, so the update is small and deterministic. Items point at the named destinations the headings
/// already carry.
/// </summary>
internal static partial class PdfOutline
{
    public static byte[] Add(byte[] pdf, IReadOnlyList<HeadingEntry> headings, IReadOnlyDictionary<string, int> anchorPages)
    {
        var items = headings.Where(h => anchorPages.ContainsKey(h.Anchor)).ToList();
        if (items.Count == 0)
        {
            return pdf;
        }

        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailer = text[trailerAt..];
        var size = int.Parse(SizeEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(RootEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var info = InfoEntry().Match(trailer) is { Success: true } m ? m.Groups[1].Value : null;
        var previousXref = long.Parse(StartXref().Match(text, trailerAt).Groups[1].Value, CultureInfo.InvariantCulture);
        var catalog = CatalogDictionary(text, root);

        // Objects: the outline dictionary, then one per heading, numbered from the old size.
        var outlineObject = size;
        var number = items.Select((_, i) => size + 1 + i).ToArray();
        var parent = new int[items.Count];
        var children = Enumerable.Range(0, items.Count).Select(_ => new List<int>()).ToArray();
        var topLevel = new List<int>();
        var stack = new Stack<int>();
        for (var i = 0; i < items.Count; i++)
        {
            while (stack.Count > 0 && items[stack.Peek()].Level >= items[i].Level)
            {
                stack.Pop();
            }

            parent[i] = stack.Count == 0 ? -1 : stack.Peek();
            (parent[i] < 0 ? topLevel : children[parent[i]]).Add(i);
            stack.Push(i);
        }

        int Descendants(int i) => children[i].Sum(c => 1 + Descendants(c));

        var update = new StringBuilder();
        var offsets = new SortedDictionary<int, long>();
        var start = pdf.LongLength;
        void Write(int objectNumber, string body)
        {
            offsets[objectNumber] = start + Encoding.Latin1.GetByteCount(update.ToString());
            update.Append(CultureInfo.InvariantCulture, $"{objectNumber} 0 obj\n{body}\nendobj\n");
        }

        if (!text.EndsWith('\n'))
        {
            update.Append('\n');
        }

        Write(outlineObject, $"<</Type /Outlines /First {number[topLevel[0]]} 0 R /Last {number[topLevel[^1]]} 0 R /Count {items.Count}>>");
        for (var i = 0; i < items.Count; i++)
        {
            var siblings = parent[i] < 0 ? topLevel : children[parent[i]];
            var at = siblings.IndexOf(i);
            var entry = new StringBuilder($"<</Title {Utf16(Label(items[i]))} /Parent {(parent[i] < 0 ? outlineObject : number[parent[i]])} 0 R /Dest /{items[i].Anchor}");
            if (at > 0)
            {
                entry.Append(CultureInfo.InvariantCulture, $" /Prev {number[siblings[at - 1]]} 0 R");
            }

            if (at < siblings.Count - 1)
            {
                entry.Append(CultureInfo.InvariantCulture, $" /Next {number[siblings[at + 1]]} 0 R");
            }

            if (children[i].Count > 0)
            {
                entry.Append(CultureInfo.InvariantCulture, $" /First {number[children[i][0]]} 0 R /Last {number[children[i][^1]]} 0 R /Count {Descendants(i)}");
            }

            Write(number[i], entry.Append(">>").ToString());
        }

        Write(root, catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + $"\n/Outlines {outlineObject} 0 R\n/PageMode /UseOutlines>>");

        var xref = start + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var run in Runs(offsets.Keys))
        {
            update.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                update.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n");
            }
        }

        var newSize = Math.Max(size, number[^1] + 1);
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {newSize}\n/Root {root} 0 R\n{(info is null ? "" : $"/Info {info} 0 R\n")}/Prev {previousXref}>>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    private static string Label(HeadingEntry heading) => heading.Number.Length == 0 ? heading.Text : $"{heading.Number} {heading.Text}";

    /// <summary>A PDF text string in UTF-16BE with its byte order mark, written in hex.</summary>
    private static string Utf16(string value) => $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value))}>";

    private static string CatalogDictionary(string text, int root)
    {
        var header = $"\n{root.ToString(CultureInfo.InvariantCulture)} 0 obj";
        var at = text.LastIndexOf(header, StringComparison.Ordinal);
        var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
        if (at < 0 || end < 0)
        {
            throw new InvalidOperationException("the PDF catalog was not found; cannot add bookmarks.");
        }

        return text[(at + header.Length)..end].Trim();
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is not null && n == first + count)
            {
                count++;
                continue;
            }

            if (first is not null)
            {
                yield return (first.Value, count);
            }

            first = n;
            count = 1;
        }

        if (first is not null)
        {
            yield return (first.Value, count);
        }
    }

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
