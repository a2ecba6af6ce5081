using System.Reflection;
using ReportGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Publishing;

/// <summary>
/// Renders the article from a Scriban template, sandboxed: includes only from the templates folder, loop and
/// recursion limits, undefined variables are errors, and no clock (<c>date.now</c> is removed so that outputs
/// depend on the project alone). Every problem names the template file, line and column.
/// </summary>
public static class ArticleRenderer
{
    /// <summary>The iterations allowed to one loop.</summary>
    public const int LoopLimit = 10_000;

    /// <summary>The depth of nested function calls and includes.</summary>
    public const int RecursiveLimit = 64;

    /// <summary>The longest article, in characters (a real one is about 20 000): a runaway template stops here.</summary>
    public const int MaxArticleChars = 1_000_000;

    public static string Render(TemplateSource source, ArticleModel model)
    {
        var text = source.Read(source.MainName);
        var template = Template.Parse(text, source.Display(source.MainName));
        if (template.HasErrors)
        {
            var bag = new DiagnosticBag();
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                bag.Add(Locate(message.Span), DiagnosticCodes.TemplateError, message.Message, "fix the template syntax at this place (see the Scriban language reference).");
            }

            bag.ThrowIfErrors();
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = MaxArticleChars,
            TemplateLoader = new SandboxedLoader(source),
            NewLine = "\n",
        };
        if (context.BuiltinObject["date"] is ScriptObject date)
        {
            foreach (var clock in new[] { "now", "utc_now" })
            {
                date.Remove(clock);
                date.Import(clock, new Func<object>(() => throw new InvalidOperationException(
                    $"date.{clock} is not available: documents take their dates from the project (publication_date), so that a rebuild gives the same bytes.")));
            }
        }

        // The model enters the template as plain text made inert: the template alone makes structure.
        context.PushGlobal((ScriptObject)Inert(model, context.MemberRenamer)!);
        var output = new LimitedOutput(MaxArticleChars);
        context.PushOutput(output);
        try
        {
            template.Render(context);
            return output.ToString().ReplaceLineEndings("\n");
        }
        catch (ArticleTooLongException)
        {
            throw TooLong(context.CurrentSpan);
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is ArticleTooLongException)
        {
            throw TooLong(ex.Span);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new BadInputException(new Diagnostic(Locate(ex.Span), DiagnosticCodes.TemplateError, ex.OriginalMessage,
                "check the names used here: the variables available are listed in docs/templates.md."));
        }
    }

    /// <summary>
    /// The model as Scriban objects, every string of it — at any depth, in lists too — escaped by
    /// <see cref="MarkdownText.Escape"/>: the one place where values enter the template, so no member added to the
    /// model later can bypass it. Numbers and booleans stay as they are, for templates that compare.
    /// </summary>
    internal static object? Inert(object? value, MemberRenamerDelegate renamer) => value switch
    {
        null => null,
        string text => MarkdownText.Escape(text),
        bool or int or long or double or float or decimal => value,
        System.Collections.IEnumerable items => new ScriptArray(items.Cast<object?>().Select(item => Inert(item, renamer))),
        _ => InertObject(value, renamer),
    };

    private static ScriptObject InertObject(object value, MemberRenamerDelegate renamer)
    {
        var result = new ScriptObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            result.SetValue(renamer(property), Inert(property.GetValue(value), renamer), readOnly: true);
        }

        return result;
    }

    private static BadInputException TooLong(SourceSpan span) =>
        new(new Diagnostic(Locate(span), DiagnosticCodes.TemplateError,
            $"the template writes more than {MaxArticleChars} characters (the article would be hundreds of pages); it was stopped here.",
            "check the loops and the string concatenations around this place: an article is a few thousand words."));

    private static SourceLocation Locate(SourceSpan span) => new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>The article being written, refusing to grow past its limit (memory and time stay bounded).</summary>
    private sealed class LimitedOutput(int limit) : IScriptOutput
    {
        private readonly System.Text.StringBuilder _text = new();

        public void Write(string text, int offset, int count)
        {
            if (_text.Length + count > limit)
            {
                throw new ArticleTooLongException();
            }

            _text.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => _text.ToString();
    }

    private sealed class ArticleTooLongException : Exception;

    /// <summary>Resolves <c>include</c> inside the templates folder only.</summary>
    private sealed class SandboxedLoader(TemplateSource source) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (!source.Contains(templateName))
            {
                throw new ScriptRuntimeException(callerSpan, $"the template '{templateName}' is not in the templates folder (includes cannot leave it).");
            }

            return templateName;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => source.Read(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

/// <summary>
/// Where templates come from: a folder of the project, or the built-in copies of the repository's
/// <c>templates/</c> embedded in the library.
/// </summary>
public sealed class TemplateSource
{
    private const string ResourcePrefix = "templates/";
    private readonly string? _directory;

    private TemplateSource(string? directory, string mainName)
    {
        _directory = directory;
        MainName = mainName;
    }

    public string MainName { get; }

    public bool BuiltIn => _directory is null;

    public static TemplateSource FromDirectory(string directory, string mainName) => new(Path.GetFullPath(directory), mainName);

    public static TemplateSource Embedded(string mainName) => new(null, mainName);

    /// <summary>The names of the built-in templates.</summary>
    public static IReadOnlyList<string> BuiltInNames() =>
        [.. typeof(TemplateSource).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]).Order(StringComparer.Ordinal)];

    public bool Contains(string name) => Resolve(name) is not null;

    public string Read(string name)
    {
        var path = Resolve(name) ?? throw new BadInputException(new Diagnostic(new SourceLocation(Display(name)), DiagnosticCodes.FileNotFound,
            "template not found.", "check the template name in the project file's 'templates' section."));
        if (_directory is not null)
        {
            return File.ReadAllText(path);
        }

        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream(path)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The bytes of a template, for the manifest.</summary>
    public byte[] ReadBytes(string name)
    {
        var path = Resolve(name)!;
        if (_directory is not null)
        {
            return File.ReadAllBytes(path);
        }

        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream(path)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public string Display(string name) =>
        _directory is null ? $"{ResourcePrefix}{name} (built-in)" : ProjectPaths.Display(Path.Combine(_directory, name));

    private string? Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        if (_directory is null)
        {
            var resource = ResourcePrefix + name;
            return typeof(TemplateSource).Assembly.GetManifestResourceInfo(resource) is null ? null : resource;
        }

        var full = Path.GetFullPath(Path.Combine(_directory, name));
        var inside = full.StartsWith(_directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(full) ? full : null;
    }
}
