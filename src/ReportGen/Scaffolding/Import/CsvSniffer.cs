using System.Text;
using System.Text.Unicode;

namespace ReportGen.Scaffolding.Import;

/// <summary>The dialect of a CSV export, decided from its bytes, with the reason of each choice (for the table).</summary>
public sealed record SniffedDialect(char Delimiter, string Encoding, bool Bom, Reason EncodingReason, Reason DelimiterReason);

/// <summary>
/// Decides a CSV file's encoding and delimiter from its bytes, never from the machine: a byte order mark says UTF-8;
/// else bytes that are all valid UTF-8 are UTF-8; else the file is Windows-1252 (what Excel writes for "CSV (;)" in
/// French). The delimiter is the one of ; , tab | that splits the header line into the most fields, outside quotes.
/// </summary>
public static class CsvSniffer
{
    private static readonly char[] Candidates = [';', ',', '\t', '|'];

    /// <summary>The encoding of <paramref name="stream"/>, read to its end (a file valid UTF-8 for 1 MB may not be further down).</summary>
    public static (string Encoding, bool Bom, Reason Reason) DetectEncoding(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var carry = 0;
        var first = true;
        var bom = false;
        long offset = 0;
        while (true)
        {
            var read = stream.Read(buffer, carry, buffer.Length - carry);
            var length = carry + read;
            if (length == 0)
            {
                break;
            }

            var span = buffer.AsSpan(0, length);
            if (first)
            {
                first = false;
                if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    bom = true;
                }
            }

            // Keep an incomplete sequence at the end for the next read, unless this is the end of the file.
            var end = length;
            if (read > 0)
            {
                var back = 0;
                while (back < 3 && back < end && (span[end - 1 - back] & 0xC0) == 0x80)
                {
                    back++;
                }

                if (back < end && span[end - 1 - back] >= 0xC0)
                {
                    end -= back + 1;
                }
            }

            if (!Utf8.IsValid(span[..end]))
            {
                return bom
                    ? ("utf-8", true, new Reason("enc.bom-invalid"))
                    : ("windows-1252", false, new Reason("enc.cp1252", (offset + FirstInvalid(span[..end])).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            offset += end;
            span[end..].CopyTo(buffer);
            carry = length - end;
            if (read == 0)
            {
                break;
            }
        }

        return bom ? ("utf-8", true, new Reason("enc.bom")) : ("utf-8", false, new Reason("enc.utf8"));
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var decoder = new UTF8Encoding(false, true);
        for (var i = 1; i <= bytes.Length; i++)
        {
            try
            {
                decoder.GetCharCount(bytes[..i]);
            }
            catch (DecoderFallbackException)
            {
                return i - 1;
            }
        }

        return 0;
    }

    /// <summary>The delimiter that splits <paramref name="headerLine"/> into the most fields (ties: the order ; , tab |).</summary>
    public static (char Delimiter, Reason Reason) DetectDelimiter(string headerLine)
    {
        var best = ';';
        var bestCount = -1;
        foreach (var candidate in Candidates)
        {
            var count = CountOutsideQuotes(headerLine, candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return (best, new Reason("delim.header", (bestCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static string Show(char delimiter) => delimiter == '\t' ? "tab" : $"'{delimiter}'";

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first line of the file (a quoted line break continues it), decoded, without a byte order mark.</summary>
    public static string FirstLine(Stream stream, Encoding encoding)
    {
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var builder = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0 && builder.Length < 1 << 20)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if ((c == '\n' || c == '\r') && !quoted)
            {
                break;
            }

            builder.Append((char)c);
        }

        return builder.ToString();
    }
}
