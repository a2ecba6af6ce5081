using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Publishing;

/// <summary>
/// Renders the article from a Scriban template, sandboxed by construction:
/// <list type="bullet">
/// <item>the template sees a tree of plain values (<see cref="ScriptModel"/>), never a .NET object, and no .NET member
/// is reachable through anything a built-in function returns (<see cref="TemplateContext.MemberFilter"/> allows none);</item>
/// <item>includes resolve through <see cref="TemplateSource"/> only: regular files under the templates folder, every
/// symbolic link resolved;</item>
/// <item>nothing that differs between two runs: no clock, no random number, no uuid (each refuses with its line);</item>
/// <item>a misspelt variable or member is an error with the closest name, never an empty string;</item>
/// <item>loop, recursion and output limits.</item>
/// </list>
/// Every problem names the template file, line and column.
/// </summary>
public static class ArticleRenderer
{
    /// <summary>The iterations allowed to one loop.</summary>
    public const int LoopLimit = 10_000;

    /// <summary>The depth of nested function calls and includes.</summary>
    public const int RecursiveLimit = 64;

    /// <summary>The longest article, in characters (a real one is about 20 000): a runaway template stops here.</summary>
    public const int MaxArticleChars = 1_000_000;

    /// <summary>The built-in functions refused, and why: those whose result differs from one run to the next, and those that run text as code.</summary>
    /// <remarks>The reasons are read when a template is rendered, in the language of the messages then.</remarks>
    private static readonly (string Object, string Name, Func<string> Why)[] NotDeterministic =
    [
        ("date", "now", () => PublishingMessages.DatesFromProject),
        ("date", "utc_now", () => PublishingMessages.DatesFromProject),
        ("date", "today", () => PublishingMessages.DatesFromProject),
        ("date", "utc_today", () => PublishingMessages.DatesFromProject),
        ("math", "random", () => PublishingMessages.NoRandomChoice),
        ("math", "uuid", () => PublishingMessages.NoRandomName),
        ("object", "eval", () => PublishingMessages.NoEval),
        ("object", "eval_template", () => PublishingMessages.NoEval),
    ];

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban binds the refusing function by reflection on Refused.Call, a method of this assembly, which the native tool does not trim; .ci/pack-check runs a template that calls date.now through it.")]
    public static string Render(TemplateSource source, ArticleModel model)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Read(source.MainName);
        var template = Template.Parse(text, source.Display(source.MainName));
        if (template.HasErrors)
        {
            var bag = new DiagnosticBag();
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                bag.Add(Locate(message.Span), DiagnosticCodes.TemplateError, message.Message, PublishingMessages.TemplateSyntaxHint);
            }

            bag.ThrowIfErrors();
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = MaxArticleChars,
            TemplateLoader = new SandboxedLoader(source),
            NewLine = "\n",

            // The model is plain values; whatever a built-in returns (a date, say) shows no .NET member either.
            MemberFilter = _ => false,
            TryGetMember = UnknownMember,
            TryGetVariable = UnknownVariable,
        };
        foreach (var (objectName, name, why) in NotDeterministic)
        {
            if (context.BuiltinObject[objectName] is ScriptObject builtin)
            {
                builtin.Remove(name);
                builtin.Import(name, new Func<TemplateContext, SourceSpan, object[], object>(new Refused(Text.Format(PublishingMessages.BuiltinRefused, objectName, name, why())).Call));
            }
        }

        // The model enters the template as plain values (no .NET object) whose every text is made inert: the template
        // alone makes structure.
        context.PushGlobal(ScriptModel.From(model));
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
        catch (ScriptRuntimeException ex) when ((ex as TemplateProblem ?? ex.InnerException as TemplateProblem) is { } problem)
        {
            throw new BadInputException(new Diagnostic(Locate(problem.Span), problem.Code, problem.OriginalMessage, problem.Hint));
        }
        catch (ScriptRuntimeException ex)
        {
            throw new BadInputException(new Diagnostic(Locate(ex.Span), DiagnosticCodes.TemplateError, ex.OriginalMessage, PublishingMessages.TemplateNamesHint));
        }
    }

    /// <summary>A member that the value does not have: an error naming the closest member it has.</summary>
    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var (what, members) = target switch
        {
            ScriptArray => (PublishingMessages.AList, new[] { "size", "first", "last" }),
            ScriptObject map => (PublishingMessages.ThisValue, map.Keys.ToArray()),
            string => (PublishingMessages.AText, []),
            _ => (ScriptModel.Kind(target), []),
        };
        var hint = members.Length == 0
            ? Text.Format(PublishingMessages.HasNoMembers, what)
            : MessageParts.Hint(member, members, PublishingMessages.KnownMembers, PublishingMessages.NoMembers);
        throw new TemplateProblem(span, DiagnosticCodes.TemplateUnknownMember, Text.Format(PublishingMessages.NoSuchMember, what, member), hint);
    }

    /// <summary>A variable that no scope holds: Scriban's own error, with the closest name defined.</summary>
    private static bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object value)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        names.UnionWith(context.BuiltinObject.Keys);
        if (context.CurrentGlobal is ScriptObject globals)
        {
            names.UnionWith(globals.Keys);
        }

        throw new TemplateProblem(span, DiagnosticCodes.TemplateError, Text.Format(PublishingMessages.UnknownVariable, variable.Name),
            Suggestions.Closest(variable.Name, names) is { } closest
                ? Text.Format(PublishingMessages.UnknownVariableClosestHint, closest)
                : PublishingMessages.UnknownVariableHint);
    }

    private static BadInputException TooLong(SourceSpan span) =>
        new(new Diagnostic(Locate(span), DiagnosticCodes.TemplateError,
            Text.Format(PublishingMessages.ArticleTooLong, MaxArticleChars), PublishingMessages.ArticleTooLongHint));

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

    /// <summary>A built-in function replaced by one that refuses, whatever its arguments.</summary>
    private sealed class Refused(string message)
    {
        // Scriban passes the context and the place of the call before the arguments.
        public object Call(TemplateContext context, SourceSpan span, params object[] arguments) =>
            throw new TemplateProblem(span, DiagnosticCodes.TemplateNotDeterministic, message, PublishingMessages.BuiltinRefusedHint);
    }

    /// <summary>A problem of the template found while it runs, with its own code and hint.</summary>
    private sealed class TemplateProblem(SourceSpan span, string code, string message, string hint) : ScriptRuntimeException(span, message)
    {
        public string Code { get; } = code;

        public string Hint { get; } = hint;
    }

    /// <summary>Resolves <c>include</c> through <see cref="TemplateSource"/>: regular files under the templates folder only.</summary>
    private sealed class SandboxedLoader(TemplateSource source) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (source.Refusal(templateName) is { } refusal)
            {
                throw new TemplateProblem(callerSpan, refusal.Code, refusal.Message, refusal.Hint);
            }

            return source.Display(templateName);
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => source.ReadDisplayed(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

/// <summary>
/// Where templates come from: a folder of the project, or the built-in copies of the repository's
/// <c>templates/</c> embedded in the library. A template of a folder is a regular file whose real path (every
/// symbolic link of every component resolved) lies under the real path of the folder; it is read through
/// <see cref="InputFile"/>, bounded by <see cref="Limit"/>.
/// </summary>
public sealed class TemplateSource
{
    private const string ResourcePrefix = "templates/";

    /// <summary>The largest template read; a real one is a few kilobytes.</summary>
    /// <remarks>Built at each use, so that its words are those of the language spoken then.</remarks>
    public static InputLimit Limit => new(1 << 20, DiagnosticCodes.InputTooLarge, PublishingMessages.TemplatesKind, Text.Format(PublishingMessages.TemplateTooLargeHint));

    private readonly string? _directory;
    private readonly Dictionary<string, string> _displayed = new(StringComparer.Ordinal);

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

    public bool Contains(string name) => Resolve(name).Path is not null;

    /// <summary>Why <paramref name="name"/> cannot be read as a template (outside the folder, missing), or null when it can.</summary>
    public Problem? Refusal(string name) => Resolve(name).Problem;

    public string Read(string name)
    {
        var (path, problem) = Resolve(name);
        if (problem is not null)
        {
            throw new BadInputException(new Diagnostic(new SourceLocation(Display(name)), problem.Code, problem.Message, problem.Hint));
        }

        if (_directory is not null)
        {
            var bytes = InputFile.ReadAllBytes(path!, Display(name), Limit, "template");
            return new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes).TrimStart('\uFEFF');
        }

        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream(path!)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The bytes of a built-in template (a template of a folder is hashed with <see cref="Hash"/>).</summary>
    public byte[] ReadBytes(string name)
    {
        if (_directory is not null)
        {
            var (path, problem) = Resolve(name);
            return problem is null ? InputFile.ReadAllBytes(path!, Display(name), Limit, "template") : throw new BadInputException(new Diagnostic(new SourceLocation(Display(name)), problem.Code, problem.Message, problem.Hint));
        }

        using var stream = typeof(TemplateSource).Assembly.GetManifestResourceStream(Resolve(name).Path!)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The size and SHA-256 of a template, for the manifest.</summary>
    public (long Bytes, string Sha256) Hash(string name)
    {
        if (_directory is null)
        {
            var bytes = ReadBytes(name);
            return (bytes.LongLength, Manifest.Sha256(bytes));
        }

        var (path, problem) = Resolve(name);
        return problem is null ? InputFile.Hash(path!, Display(name), Limit, "template") : throw new BadInputException(new Diagnostic(new SourceLocation(Display(name)), problem.Code, problem.Message, problem.Hint));
    }

    public string Display(string name)
    {
        var shown = _directory is null ? $"{ResourcePrefix}{name} (built-in)" : ProjectPaths.Display(Path.Combine(_directory, name));
        lock (_displayed)
        {
            _displayed.TryAdd(shown, name);
        }

        return shown;
    }

    /// <summary>The template an include's path (<see cref="Display"/>) stands for.</summary>
    internal string ReadDisplayed(string displayed)
    {
        string name;
        lock (_displayed)
        {
            name = _displayed[displayed];
        }

        return Read(name);
    }

    private (string? Path, Problem? Problem) Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains('\\', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
        {
            return (null, Outside(name, PublishingMessages.TemplateNotAPath));
        }

        if (_directory is null)
        {
            var resource = ResourcePrefix + name;
            return typeof(TemplateSource).Assembly.GetManifestResourceInfo(resource) is null ? (null, Missing(name)) : (resource, null);
        }

        var full = Path.GetFullPath(Path.Combine(_directory, name));
        if (!InputFile.IsUnder(full, _directory))
        {
            return (null, Outside(name, PublishingMessages.TemplateNotInFolder));
        }

        // Every symbolic link resolved, the folder's as well as the file's: the file read is the one checked.
        var folder = InputFile.RealPath(_directory);
        var real = InputFile.RealPath(full);
        if (folder is null || real is null)
        {
            return (null, Path.Exists(full) || new FileInfo(full).LinkTarget is not null ? Outside(name, PublishingMessages.TemplateDanglingLink) : Missing(name));
        }

        if (!InputFile.IsUnder(real, folder))
        {
            return (null, new FileInfo(full).LinkTarget is { } target
                ? Outside(name, Text.Format(PublishingMessages.TemplateLinkOutside, target))
                : Outside(name, Text.Format(PublishingMessages.TemplateLeadsOutside, real)));
        }

        return (real, null);
    }

    /// <summary>A template refused: <paramref name="why"/> is the rest of the sentence after its name (« is not in the templates folder »).</summary>
    private static Problem Outside(string name, string why) => new(DiagnosticCodes.TemplateOutside,
        Text.Format(PublishingMessages.TemplateOutside, name, why), Text.Format(PublishingMessages.TemplateOutsideHint));

    private static Problem Missing(string name) => new(DiagnosticCodes.FileNotFound, Text.Format(PublishingMessages.TemplateMissing, name), PublishingMessages.TemplateMissingHint);

    /// <summary>Why a template cannot be read.</summary>
    public sealed record Problem(string Code, string Message, string Hint);
}
