using System.ComponentModel;
using ReportGen.Scaffolding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen sample [--kind tenants|staff|comments] [--rows N] [--seed S] [--out FILE]</c>.</summary>
public sealed class SampleCommand(IAnsiConsole console) : Command<SampleCommand.Settings>
{
    /// <summary>The sample files, their generator, default size and file.</summary>
    private static readonly Dictionary<string, (Action<Stream, int, int, IReadOnlyList<string>?> Write, int Rows, string File, string What)> Kinds = new(StringComparer.Ordinal)
    {
        ["tenants"] = ((s, r, seed, waves) => SampleSurvey.Write(s, r, seed, waves: waves), SampleSurvey.DefaultRows, "data/tenants.csv", "tenant answers"),
        ["staff"] = ((s, r, seed, _) => SampleMirror.Write(s, r, seed), SampleMirror.DefaultRows, "data/staff-mirror-2020.csv", "staff mirror answers"),
        ["comments"] = ((s, r, seed, _) => SampleVerbatims.Write(s, r, seed), SampleVerbatims.DefaultCount, "data/verbatims-2020.csv", "comments"),
    };

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--kind <KIND>")]
        [Description("tenants (the survey, default), staff (the mirror survey) or comments (the free-text comments).")]
        public string Kind { get; init; } = "tenants";

        [CommandOption("--rows <N>")]
        [Description("Number of rows (default: the sample's: 4000 tenants, 320 staff, 600 comments; 4000 tenants reproduce the article's figures).")]
        public int? Rows { get; init; }

        [CommandOption("--waves <LIST>")]
        [Description("Tenants only: the waves to write, comma-separated (default: 2017,2020,2023; --rows is the size of the 2020 wave, the others in proportion).")]
        public string? Waves { get; init; }

        [CommandOption("--seed <S>")]
        [Description("Seed of the generator (default: 2020).")]
        public int Seed { get; init; } = SampleSurvey.DefaultSeed;

        [CommandOption("-o|--out <FILE>")]
        [Description("The CSV file to write (default: the sample's file in data/).")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            !Kinds.ContainsKey(Kind) ? ValidationResult.Error($"--kind must be tenants, staff or comments; found '{Kind}'.")
            : Rows is < 1 or > 50_000_000 ? ValidationResult.Error($"--rows must be from 1 to 50000000; found {Rows}.")
            : Waves is not null && Kind != "tenants" ? ValidationResult.Error("--waves applies to --kind tenants only.")
            : Waves is not null && WaveList.Count == 0 ? ValidationResult.Error($"--waves must name at least one wave among {string.Join(", ", SampleSurvey.Waves.Select(w => w.Wave))}; found '{Waves}'.")
            : Waves is not null && WaveList.Any(w => !SampleSurvey.Waves.Any(s => s.Wave == w)) ? ValidationResult.Error($"--waves must list waves among {string.Join(", ", SampleSurvey.Waves.Select(w => w.Wave))}; found '{Waves}'.")
            : ValidationResult.Success();

        public IReadOnlyList<string> WaveList => Waves?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kind = Kinds[settings.Kind];
        var rows = settings.Rows ?? kind.Rows;
        var full = Path.GetFullPath(settings.Out ?? kind.File);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var stream = File.Create(temporary))
        {
            kind.Write(stream, rows, settings.Seed, settings.Waves is null ? null : settings.WaveList);
        }

        File.Move(temporary, full, overwrite: true);
        var what = settings.Kind == "tenants"
            ? $"tenant answers: {rows} in the 2020 wave, other waves in proportion ({string.Join(", ", settings.Waves is null ? SampleSurvey.Waves.Select(w => w.Wave) : settings.WaveList)})"
            : $"{rows} {kind.What}";
        console.MarkupLine(VisibleTextHook.Escape($"Wrote {what} (seed {settings.Seed}) to {ProjectPaths.Display(full)}."));
        return ReportGenApp.Success;
    }
}
