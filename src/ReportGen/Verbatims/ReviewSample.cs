using System.Globalization;
using System.Text;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Publishing;
using ReportGen.Resources;

namespace ReportGen.Verbatims;

/// <summary>What <c>reportgen review-sample</c> drew and wrote.</summary>
public sealed record ReviewSampleResult(int Sampled, int Comments, ulong Seed, string CsvPath, string MarkdownPath);

/// <summary>
/// Draws a simple random sample of the comments for a person to review (<c>reportgen review-sample</c>): <c>size</c>
/// comments without replacement, all of them when there are fewer, by reservoir sampling (Vitter's algorithm R) over
/// the coded comments in file order, with <see cref="SplitMix64"/> seeded by <c>seed</c>: the same file and seed give
/// the same sample on every machine and .NET version. Each comment is equally likely to be drawn, so the agreement
/// measured on the sample is an unbiased estimate of the coder's agreement on the whole file. Writes
/// <c>review-sample.csv</c> (coding.csv's format: the coder's rows of each sampled comment, or one row with an empty
/// theme when it found none) and <c>review-sample.md</c> (for the reviewer: each comment's id, line, fingerprint,
/// redacted text and automatic themes, with the instructions), sorted by line. Only the texts of the comments in the
/// reservoir are held, at most <c>size</c>.
/// </summary>
public static class ReviewSample
{
    public const int DefaultSize = 50;
    public const int DefaultSeed = 1;
    public const int MaxSize = 100_000;
    public const string CsvName = "review-sample.csv";
    public const string MarkdownName = "review-sample.md";

    /// <summary>What replaces the text of a comment revealing special-category data (<see cref="SensitiveData"/>).</summary>
    public const string MaskedComment = "[commentaire masqué : données sensibles]";

    /// <summary>Whether an entry of an output folder is a review sample that <see cref="Write"/> put there (a build may replace it).</summary>
    public static bool IsReviewSample(string entry)
    {
        var name = Path.GetFileName(entry);
        return name is CsvName or MarkdownName;
    }

    /// <summary>
    /// Draws the sample of the project's comments and writes it: into the project's output folder (under its lock, each
    /// file atomically, the folder checked as a build checks it), or to <paramref name="outFile"/> (a .csv file, with the
    /// .md beside it) when given. Bad input: <see cref="BadInputException"/>.
    /// </summary>
    public static ReviewSampleResult Write(string projectPath, int size, ulong seed, string? outFile)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        var bag = new DiagnosticBag();
        var project = ProjectLoader.TryLoad(projectPath, bag);
        bag.ThrowIfErrors();
        if (project!.Verbatims is not { } comments)
        {
            throw new BadInputException(new Diagnostic(new SourceLocation(ProjectPaths.Display(projectPath)), DiagnosticCodes.ReviewSampleOptions,
                VerbatimMessages.ReviewNoVerbatims, VerbatimMessages.ReviewNoVerbatimsHint));
        }

        var rules = VerbatimRuleLoader.Load(comments.RulesPath, comments.RulesDisplayPath, bag);
        bag.ThrowIfErrors();
        var reservoir = new Reservoir<(CommentCoding Coding, string Text)>(size, seed);
        // The coder's coding is what is reviewed: the project's reviewed coding, if any, is not read (a stale one would not stop a new sample).
        var tally = VerbatimReader.Read(comments.Path, comments.DisplayPath, comments.Columns, comments.Dialect, rules!, comments.DenyList, bag, reviewed: null,
            observe: (coding, text) => reservoir.Offer((coding, text)));
        bag.ThrowIfErrors();
        var seen = reservoir.Seen;
        var sample = reservoir.Items.OrderBy(s => s.Coding.Line).ToList();
        var source = ProjectPaths.RelativeTo(project.Directory, comments.Path);
        var csv = CodingFile.Write(rules!.Themes, sample.Select(s => s.Coding), automatic: true, emptyRows: true);
        var markdown = Encoding.UTF8.GetBytes(Markdown(source, rules, sample, seen, seed, comments.DenyList));

        string csvPath, mdPath;
        if (outFile is not null)
        {
            (csvPath, mdPath) = WriteTo(outFile, project, csv, markdown);
        }
        else
        {
            var folder = project.Outputs.DirectoryFor(project.Directory);
            csvPath = Path.Combine(folder, CsvName);
            mdPath = Path.Combine(folder, MarkdownName);
            WriteIntoOutputFolder(folder, project, [(CsvName, csv), (MarkdownName, markdown)]);
        }

        return new ReviewSampleResult(sample.Count, tally!.Coded.Count, seed, Path.GetFullPath(csvPath), Path.GetFullPath(mdPath));
    }

    /// <summary>The reviewer's page: instructions, then each sampled comment (redacted, or masked when it reveals special-category data).</summary>
    public static string Markdown(string source, VerbatimRuleSet rules, IReadOnlyList<(CommentCoding Coding, string Text)> sample, int comments, ulong seed, IReadOnlyCollection<string> denyList)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(sample);
        var text = new StringBuilder();
        text.Append(MarkdownTitle).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Source : {MarkdownText.Code(source)} — règles de codage version {MarkdownText.Escape(rules.Version)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Échantillon : {Plural(sample.Count, "commentaire")} tiré{(sample.Count > 1 ? "s" : "")} au hasard sur {FrenchFormat.Count(comments)} (graine {seed.ToString(CultureInfo.InvariantCulture)}), dans l’ordre du fichier.\n\n");
        text.Append("> **À relire par une personne.** Les textes ci-dessous sont masqués (noms, téléphones, adresses…) ; ils servent à relire le codage, pas à être publiés.\n\n");
        text.Append("## Comment relire\n\n");
        text.Append(CultureInfo.InvariantCulture, $"1. Copiez {MarkdownText.Code(CsvName)} hors du dossier de sortie, qui est remplacé à chaque construction : par exemple à côté du fichier de projet, sous le nom {MarkdownText.Code("revue-codage.csv")}.\n");
        text.Append("2. Pour chaque commentaire ci-dessous, lisez le texte et corrigez ses lignes dans le fichier CSV :\n");
        text.Append("   - un thème qui n’est pas dans le commentaire : supprimez sa ligne ;\n");
        text.Append("   - un thème oublié : ajoutez une ligne avec le même `id` et le même `fingerprint`, le thème et sa polarité ;\n");
        text.Append("   - une polarité fausse : corrigez la colonne `polarity` (`negative`, `positive`, `neutral`, ou `négatif`, `positif`, `neutre`) ;\n");
        text.Append("   - un commentaire sans aucun thème : gardez (ou laissez) une seule ligne à la colonne `theme` vide ;\n");
        text.Append(CultureInfo.InvariantCulture, $"   - un commentaire « {MaskedComment} » ne peut pas être relu ici : supprimez toutes ses lignes (il restera codé automatiquement).\n");
        text.Append("   Ne changez ni `id` ni `fingerprint` : ils relient chaque ligne à son commentaire. Les autres colonnes peuvent rester telles quelles ; un commentaire dont vous gardez les lignes sans les changer compte comme relu et confirmé.\n");
        text.Append("3. Enregistrez le fichier en CSV UTF-8 (séparateur `;` ou `,`).\n");
        text.Append(CultureInfo.InvariantCulture, $"4. Nommez-le dans le fichier de projet, sous `verbatims:` : `reviewed_coding: revue-codage.csv`, puis relancez `reportgen build`. Les commentaires relus prennent votre codage, et le dossier de preuves rend compte de l’accord entre le codage automatique et le vôtre.\n\n");
        text.Append("Thèmes : ");
        text.Append(string.Join(", ", rules.Themes.Select(t => $"{MarkdownText.Code(t.Id)} ({MarkdownText.Escape(t.Label)})")));
        text.Append(".\n");
        var labels = rules.Themes.ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);
        var order = rules.Themes.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var (coding, comment) in sample)
        {
            var who = coding.RespondentType == RespondentType.Tenant ? "locataire" : "collaborateur";
            text.Append(CultureInfo.InvariantCulture, $"\n## Ligne {coding.Line.ToString(CultureInfo.InvariantCulture)} — {MarkdownText.Code(coding.Id)}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Empreinte {MarkdownText.Code(coding.Fingerprint)} · {who}\n\n");
            var shown = SensitiveData.Find(comment) is not null ? MaskedComment : Redactor.Redact(MarkdownText.OneLine(comment), denyList).Text;
            text.Append("> ").Append(MarkdownText.Escape(shown)).Append("\n\n");
            var automatic = (coding.Automatic ?? coding.Mentions).OrderBy(m => order[m.ThemeId]).ToList();
            text.Append("Thèmes automatiques : ");
            text.Append(automatic.Count == 0 ? "*aucun thème trouvé*"
                : string.Join(" ; ", automatic.Select(m => $"{MarkdownText.Code(m.ThemeId)} ({MarkdownText.Escape(labels[m.ThemeId])}) {FrenchPolarity(m.Polarity)}{(m.Uncertain ? " — incertain (ironie ?)" : "")}")));
            text.Append(".\n");
        }

        return text.ToString();
    }

    private static string FrenchPolarity(Polarity polarity) => polarity switch
    {
        Polarity.Negative => "négatif",
        Polarity.Positive => "positif",
        _ => "neutre",
    };

    private static string Plural(int n, string noun) => $"{FrenchFormat.Count(n)} {noun}{(n > 1 ? "s" : "")}";

    /// <summary>Writes into the project's output folder, as a build would: checked against the inputs, under the build lock, each file atomically.</summary>
    private static void WriteIntoOutputFolder(string folder, ProjectDefinition project, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var display = ProjectPaths.Display(target);
        OutputGuard.Check(target, display, new OutputInputs(project.InputFiles, project.TemplatesDirectory.Length == 0 ? [] : [project.TemplatesDirectory]));
        if (File.Exists(target))
        {
            throw Fail(display, VerbatimMessages.ReviewOutputIsFile, VerbatimMessages.ReviewOutputIsFileHint);
        }

        try
        {
            using var lockFile = OutputTransaction.Lock(target, display);
            // The rule of a build: a folder that ReportGen did not write (no manifest.json) is left alone.
            if (Directory.Exists(target) && !File.Exists(Path.Combine(target, Manifest.FileName))
                && Directory.EnumerateFileSystemEntries(target).Any(entry => !IsReviewSample(entry) && !Path.GetFileName(entry).StartsWith('.')))
            {
                throw Fail(display, VerbatimMessages.ReviewOutputForeign, VerbatimMessages.ReviewOutputForeignHint);
            }

            Directory.CreateDirectory(target);
            foreach (var (name, content) in files)
            {
                var path = Path.Combine(target, name);
                if (new FileInfo(path).LinkTarget is not null)
                {
                    throw Fail(ProjectPaths.Display(path), VerbatimMessages.ReviewSymbolicLink, VerbatimMessages.ReviewRemoveLinkHint);
                }

                Atomic(path, content);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(display, Text.Format(VerbatimMessages.ReviewCannotWrite, ex.Message), VerbatimMessages.ReviewCannotWriteHint);
        }
    }

    /// <summary>
    /// Writes to <paramref name="outFile"/> (a .csv) and the .md of the same name, refusing (nothing written) a target that
    /// is an input of the project, a file a build writes (see <see cref="BuildOutput"/>), a link, a file in a folder that
    /// does not exist, or an existing file that is not a previous review sample (see <see cref="IsPreviousSample"/>).
    /// </summary>
    private static (string Csv, string Markdown) WriteTo(string outFile, ProjectDefinition project, byte[] csv, byte[] markdown)
    {
        var csvPath = Path.GetFullPath(outFile);
        var display = ProjectPaths.Display(csvPath);
        if (!csvPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || Directory.Exists(csvPath))
        {
            throw Fail("--out", Text.Format(VerbatimMessages.ReviewOutNotCsv, outFile), VerbatimMessages.ReviewOutNotCsvHint);
        }

        var folder = Path.GetDirectoryName(csvPath)!;
        if (!Directory.Exists(folder))
        {
            throw Fail(ProjectPaths.Display(folder), VerbatimMessages.ReviewFolderMissing, VerbatimMessages.ReviewFolderMissingHint);
        }

        var mdPath = Path.ChangeExtension(csvPath, ".md");
        var projectOut = Path.GetFullPath(project.Outputs.DirectoryFor(project.Directory));
        var buildNames = ReportBuilder.OutputNames(project.Outputs);
        foreach (var path in new[] { csvPath, mdPath })
        {
            var real = InputFile.RealPath(path) ?? path;
            if (project.InputFiles.Any(input => string.Equals(InputFile.RealPath(input) ?? input, real, StringComparison.Ordinal)))
            {
                throw Fail(ProjectPaths.Display(path), VerbatimMessages.ReviewWouldOverwriteInput, VerbatimMessages.ReviewOtherFileHint);
            }

            if (BuildOutput(path, projectOut, buildNames) is { } output)
            {
                throw Fail(ProjectPaths.Display(path), Text.Format(VerbatimMessages.ReviewWouldReplaceOutput, ProjectPaths.Display(output)),
                    Text.Format(VerbatimMessages.ReviewWouldReplaceOutputHint, CsvName));
            }

            if (new FileInfo(path).LinkTarget is not null)
            {
                throw Fail(ProjectPaths.Display(path), VerbatimMessages.ReviewSymbolicLink, VerbatimMessages.ReviewOtherFileHint);
            }
        }

        foreach (var path in new[] { csvPath, mdPath })
        {
            if (File.Exists(path) && !IsPreviousSample(csvPath, mdPath))
            {
                throw Fail(ProjectPaths.Display(path), Text.Format(VerbatimMessages.ReviewFileExists, MarkdownTitle[2..]), VerbatimMessages.ReviewFileExistsHint);
            }
        }

        try
        {
            Atomic(mdPath, markdown);
            Atomic(csvPath, csv);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(display, Text.Format(VerbatimMessages.ReviewCannotWrite, ex.Message), VerbatimMessages.ReviewCannotWriteHint);
        }

        return (csvPath, mdPath);
    }

    /// <summary>The first line of every review sample's .md (its title).</summary>
    public const string MarkdownTitle = "# Relecture du codage des commentaires";

    /// <summary>
    /// Whether the existing files at <paramref name="csvPath"/> and <paramref name="mdPath"/> are a review sample that
    /// review-sample wrote, which it may replace: the .md (which must exist) starts with <see cref="MarkdownTitle"/>,
    /// and the .csv, if it exists, starts with coding.csv's header. A lone .csv with that header is refused: it may be
    /// a reviewer's corrected copy, or a copy of coding.csv, which a new draw must not erase.
    /// </summary>
    public static bool IsPreviousSample(string csvPath, string mdPath)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        ArgumentNullException.ThrowIfNull(mdPath);
        return FirstLine(mdPath) == MarkdownTitle && (!File.Exists(csvPath) || FirstLine(csvPath) == CodingFile.HeaderLine);
    }

    /// <summary>The first line of a file (without a byte order mark), or null when it cannot be read; reads at most 4 KB.</summary>
    private static string? FirstLine(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[4096];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var text = buffer.AsSpan(0, length);
            if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = text[3..];
            }

            var end = text.IndexOfAny((byte)'\n', (byte)'\r');
            return Encoding.UTF8.GetString(end < 0 ? text : text[..end]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The output folder into which a build writes <paramref name="path"/>, or null: a folder above it that is the
    /// project's output folder or holds a manifest.json (a build's output folder, a period's, a --per set's), where
    /// the path is one of <paramref name="buildNames"/> (or under one, as charts/) or is listed in the manifest's outputs.
    /// Names are compared ignoring case, as a --per folder's are.
    /// </summary>
    public static string? BuildOutput(string path, string projectOutput, IReadOnlyList<string> buildNames)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(buildNames);
        var real = Publishing.OutputGuard.RealPath(path);
        var projectOut = Publishing.OutputGuard.RealPath(projectOutput);
        for (var folder = Path.GetDirectoryName(real); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var manifest = Path.Combine(folder, Manifest.FileName);
            var isOutput = string.Equals(folder, projectOut, StringComparison.OrdinalIgnoreCase) || File.Exists(manifest);
            if (!isOutput)
            {
                continue;
            }

            var relative = Path.GetRelativePath(folder, real).Replace('\\', '/');
            if (buildNames.Any(name => string.Equals(relative, name, StringComparison.OrdinalIgnoreCase) || relative.StartsWith(name + "/", StringComparison.OrdinalIgnoreCase))
                || ManifestOutputs(manifest).Contains(relative, StringComparer.OrdinalIgnoreCase))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>The paths a manifest.json lists under "outputs" (none when it is missing or unreadable).</summary>
    private static List<string> ManifestOutputs(string manifest)
    {
        try
        {
            if (!File.Exists(manifest) || new FileInfo(manifest).Length > 16 << 20)
            {
                return [];
            }

            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest));
            return json.RootElement.TryGetProperty("outputs", out var outputs) && outputs.ValueKind == System.Text.Json.JsonValueKind.Array
                ? [.. outputs.EnumerateArray().Where(o => o.ValueKind == System.Text.Json.JsonValueKind.Object && o.TryGetProperty("path", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.String)
                    .Select(o => o.GetProperty("path").GetString()!)]
                : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return [];
        }
    }

    /// <summary>Writes a temporary file beside <paramref name="path"/>, flushed, then renames it into place: never half a file.</summary>
    private static void Atomic(string path, byte[] content)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static BadInputException Fail(string display, string message, string hint) =>
        new(new Diagnostic(new SourceLocation(display), DiagnosticCodes.ReviewSampleOptions, message, hint));
}

/// <summary>
/// A simple random sample without replacement of <c>size</c> items of a stream whose length is not known beforehand
/// (reservoir sampling, Vitter's algorithm R, 1985): the first <c>size</c> items fill the reservoir; the item at
/// position i (from 0) then replaces a uniformly drawn slot j of [0, i] when j &lt; size. Every subset of <c>size</c>
/// items is equally likely; the draws come from <see cref="SplitMix64"/>, so a seed gives the same sample everywhere.
/// </summary>
public sealed class Reservoir<T>(int size, ulong seed)
{
    private readonly List<T> _items = [];
    private SplitMix64 _random = new(seed);

    /// <summary>How many items were offered.</summary>
    public int Seen { get; private set; }

    /// <summary>The sample, in no particular order (all the items when fewer than <c>size</c> were offered).</summary>
    public IReadOnlyList<T> Items => _items;

    public void Offer(T item)
    {
        if (_items.Count < size)
        {
            _items.Add(item);
        }
        else if (_random.NextBelow((ulong)Seen + 1) is var j && j < (ulong)size)
        {
            _items[(int)j] = item;
        }

        Seen++;
    }
}

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014; the seeding generator of xoshiro): a 64-bit state advanced by the golden
/// ratio constant, each output mixed by two xor-shift-multiply rounds. Implemented here, so that a seed gives the same
/// numbers on every platform and .NET version (System.Random's algorithm is not guaranteed to stay).
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without modulo bias: draws falling in the incomplete last block are redrawn.</summary>
    public ulong NextBelow(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var limit = ulong.MaxValue - ((ulong.MaxValue % bound) + 1) % bound;
        ulong x;
        do
        {
            x = Next();
        }
        while (x > limit);
        return x % bound;
    }
}
