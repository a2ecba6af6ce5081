using System.Text;
using ReportGen.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReportGen.Cli;

/// <summary>
/// Standard error as the CLI writes it: every hidden character of what is written — a terminal escape sequence, a
/// carriage return, a bidi override, a zero-width space, whether from an input value quoted in a diagnostic or from
/// a file name — shown escaped (<c>\u001B</c>) by <see cref="InputText.Visible"/>, so that no input can drive the
/// terminal or rewrite a CI log. Line ends are the writer's own and pass unchanged.
/// </summary>
internal sealed class VisibleTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(InputText.Visible(value.ToString()));

    public override void Write(char[] buffer, int index, int count) => inner.Write(InputText.Visible(new string(buffer, index, count)));

    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(InputText.Visible(buffer.ToString()));

    public override void Write(string? value) => inner.Write(value is null ? null : InputText.Visible(value));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : InputText.Visible(value));

    public override void WriteLine(ReadOnlySpan<char> buffer) => inner.WriteLine(InputText.Visible(buffer.ToString()));

    public override void Flush() => inner.Flush();
}

/// <summary>
/// The same for standard output, where Spectre.Console writes its own colour codes: the hook sees every renderable
/// before it is turned into text and escapes the hidden characters of its segments, leaving Spectre's control
/// segments (cursor moves of the progress display) alone. One place for every line the console writes.
/// </summary>
internal sealed class VisibleTextHook : IRenderHook
{
    /// <summary>
    /// A value for Spectre markup: hidden characters shown escaped first (Spectre would take a carriage return for a
    /// line break before the hook sees it), then the markup escaped.
    /// </summary>
    public static string Escape(string text) => Markup.Escape(InputText.Visible(text));

    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Visible(r));

    private sealed class Visible(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(InputText.Visible(s.Text), s.Style));
    }
}
