using System.ComponentModel;
using ReportGen.Scaffolding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen sample [--rows N] [--seed S] [--out FILE]</c>.</summary>
public sealed class SampleCommand(IAnsiConsole console) : Command<SampleCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--rows <N>")]
        [Description("Number of respondents (default: 4000, the size that reproduces the article's figures).")]
        public int Rows { get; init; } = SampleSurvey.DefaultRows;

        [CommandOption("--seed <S>")]
        [Description("Seed of the generator (default: 2020).")]
        public int Seed { get; init; } = SampleSurvey.DefaultSeed;

        [CommandOption("-o|--out <FILE>")]
        [Description("The CSV file to write (default: data/tenants-2020.csv).")]
        public string Out { get; init; } = "data/tenants-2020.csv";

        public override ValidationResult Validate() =>
            Rows is < 1 or > 50_000_000 ? ValidationResult.Error($"--rows must be from 1 to 50000000; found {Rows}.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(settings.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        using (var stream = File.Create(temporary))
        {
            SampleSurvey.Write(stream, settings.Rows, settings.Seed);
        }

        File.Move(temporary, full, overwrite: true);
        console.MarkupLine(Markup.Escape($"Wrote {settings.Rows} respondents (seed {settings.Seed}) to {ProjectPaths.Display(full)}."));
        return ReportGenApp.Success;
    }
}
