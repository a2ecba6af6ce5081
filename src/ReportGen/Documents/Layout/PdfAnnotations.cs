using System.Text;
using SkiaSharp;

namespace ReportGen.Documents.Layout;

/// <summary>
/// The PDF's links and named destinations, drawn so that no native object is left to the finalizer. SkiaSharp's
/// string overloads (<c>SKCanvas.DrawUrlAnnotation(SKRect, string)</c> and its two siblings) create an
/// <see cref="SKData"/>, pass its handle to Skia and return it: a caller that drops the result leaves the data
/// unreachable during the native call, where the PDF device takes its own reference only late. A garbage collection
/// triggered by another rendering thread in between lets the finalizer free the data, and Skia then counts a reference
/// in freed memory: the glibc heap corruption of parallel <c>--per</c> builds (docs/charts-crash.md). Here the data
/// is held until the call has returned, and its terminating NUL is written, not read past the end of an array.
/// </summary>
internal static class PdfAnnotations
{
    /// <summary>A link from <paramref name="rect"/> to the web address <paramref name="url"/>.</summary>
    public static void Url(SKCanvas canvas, SKRect rect, string url)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var data = CString(AsciiUrl(url));
        canvas.DrawUrlAnnotation(rect, data);
    }

    /// <summary>A link from <paramref name="rect"/> to the named destination <paramref name="name"/> of the same document.</summary>
    public static void LinkTo(SKCanvas canvas, SKRect rect, string name)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var data = CString(name);
        canvas.DrawLinkDestinationAnnotation(rect, data);
    }

    /// <summary>The named destination <paramref name="name"/> at <paramref name="point"/>.</summary>
    public static void Destination(SKCanvas canvas, SKPoint point, string name)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        using var data = CString(name);
        canvas.DrawNamedDestinationAnnotation(point, data);
    }

    /// <summary>
    /// The text as Skia reads an annotation's value: its bytes and a terminating NUL. Only ASCII is kept (as
    /// SkiaSharp's own overloads keep it); anchors are ASCII slugs, and web addresses are made ASCII by <see cref="AsciiUrl"/>.
    /// </summary>
    internal static SKData CString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new byte[Encoding.ASCII.GetByteCount(text) + 1];
        Encoding.ASCII.GetBytes(text, bytes);
        return SKData.CreateCopy(bytes);
    }

    /// <summary>
    /// The address with every non-ASCII character percent-encoded in UTF-8 (RFC 3987, section 3.1), as a browser sends
    /// it: « https://exemple.fr/décryptage » stays a working link instead of becoming « d?cryptage ».
    /// </summary>
    internal static string AsciiUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Ascii.IsValid(url))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
