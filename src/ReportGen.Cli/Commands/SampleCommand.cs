using ReportGen.Cli.Resources;
using ReportGen.Scaffolding;
using Spectre.Console;
using Spectre.Console.Cli;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen sample [--kind tenants|staff|comments|benchmarks] [--rows N] [--seed S] [--out FILE]</c>.</summary>
public sealed class SampleCommand(IAnsiConsole console) : Command<SampleCommand.Settings>
{
    /// <summary>The sample files, their generator, default size and file.</summary>
    private static readonly Dictionary<string, (Action<Stream, int, int, IReadOnlyList<string>?> Write, int Rows, string File, Func<string> What)> Kinds = new(StringComparer.Ordinal)
    {
        ["tenants"] = ((s, r, seed, waves) => SampleSurvey.Write(s, r, seed, waves: waves), SampleSurvey.DefaultRows, "data/tenants.csv", () => CliMessages.SampleTenants),
        ["staff"] = ((s, r, seed, _) => SampleMirror.Write(s, r, seed), SampleMirror.DefaultRows, "data/staff-mirror-2020.csv", () => CliMessages.SampleStaff),
        ["comments"] = ((s, r, seed, _) => SampleVerbatims.Write(s, r, seed), SampleVerbatims.DefaultCount, "data/verbatims-2020.csv", () => CliMessages.SampleComments),
        ["benchmarks"] = ((s, r, seed, _) => SampleBenchmarks.Write(s, r, seed), SampleBenchmarks.DefaultLandlords, "data/benchmarks.yaml", () => CliMessages.SampleBenchmarks),
    };

    public sealed class Settings : CommonSettings
    {
        [CommandOption("--kind <KIND>")]
        [LocalizedDescription("OptSampleKind")]
        public string Kind { get; init; } = "tenants";

        [CommandOption("--rows <N>")]
        [LocalizedDescription("OptSampleRows")]
        public int? Rows { get; init; }

        [CommandOption("--waves <LIST>")]
        [LocalizedDescription("OptSampleWaves")]
        public string? Waves { get; init; }

        [CommandOption("--seed <S>")]
        [LocalizedDescription("OptSampleSeed")]
        public int Seed { get; init; } = SampleSurvey.DefaultSeed;

        [CommandOption("-o|--out <FILE>")]
        [LocalizedDescription("OptSampleOut")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            !Kinds.ContainsKey(Kind) ? ValidationResult.Error(Text.Format(CliMessages.SampleKindInvalid, Kind))
            : Rows is < 1 or > 50_000_000 ? ValidationResult.Error(Text.Format(CliMessages.SampleRowsInvalid, Rows))
            : Waves is not null && Kind != "tenants" ? ValidationResult.Error(CliMessages.SampleWavesTenantsOnly)
            : Waves is not null && WaveList.Count == 0 ? ValidationResult.Error(Text.Format(CliMessages.SampleWavesEmpty, string.Join(", ", SampleSurvey.Waves.Select(w => w.Wave)), Waves))
            : Waves is not null && WaveList.Any(w => !SampleSurvey.Waves.Any(s => s.Wave == w)) ? ValidationResult.Error(Text.Format(CliMessages.SampleWavesUnknown, string.Join(", ", SampleSurvey.Waves.Select(w => w.Wave)), Waves))
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
        StageProgress.Single(console, CliMessages.StageGenerating, () =>
        {
            using var stream = File.Create(temporary);
            kind.Write(stream, rows, settings.Seed, settings.Waves is null ? null : settings.WaveList);
            return true;
        });

        File.Move(temporary, full, overwrite: true);
        var what = settings.Kind == "tenants"
            ? Text.Format(kind.What(), rows, string.Join(", ", settings.Waves is null ? SampleSurvey.Waves.Select(w => w.Wave) : settings.WaveList))
            : Text.Format(kind.What(), rows);
        console.MarkupLine(VisibleTextHook.Escape(Text.Format(CliMessages.SampleWrote, what, settings.Seed, ProjectPaths.Display(full))));
        return ReportGenApp.Success;
    }
}
