using System.ComponentModel;
using System.Globalization;
using ReportGen.Verbatims;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen review-sample [PROJECT] [--size N] [--seed S] [--out FILE]</c>: a seeded random sample of the comments for a person to review.</summary>
public sealed class ReviewSampleCommand(IAnsiConsole console) : Command<ReviewSampleCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PROJECT]")]
        [Description("The project file (default: data/reportgen.yaml).")]
        public string Project { get; init; } = ProjectSettings.DefaultProject;

        [CommandOption("--size <N>")]
        [Description("Number of comments to draw, without replacement (default: 50; all of them when there are fewer).")]
        public string SizeText { get; init; } = ReviewSample.DefaultSize.ToString(CultureInfo.InvariantCulture);

        [CommandOption("--seed <S>")]
        [Description("Seed of the generator (default: 1): the same comments file and seed draw the same sample.")]
        public string SeedText { get; init; } = ReviewSample.DefaultSeed.ToString(CultureInfo.InvariantCulture);

        /// <summary>--size as a number (read as text, so that a word gets a clear message rather than the parser's).</summary>
        public int Size => int.Parse(SizeText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

        public long Seed => long.Parse(SeedText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

        [CommandOption("-o|--out <FILE>")]
        [Description("The CSV file to write, with the .md beside it (default: review-sample.csv and review-sample.md in the project's output folder).")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            !int.TryParse(SizeText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > ReviewSample.MaxSize
                ? ValidationResult.Error($"--size must be a whole number from 1 to {ReviewSample.MaxSize}; found '{SizeText}'.")
            : !long.TryParse(SeedText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? ValidationResult.Error($"--seed must be a whole number, 0 or more; found '{SeedText}'.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = ReviewSample.Write(settings.Project, settings.Size, (ulong)settings.Seed, settings.Out);
        console.MarkupLine(VisibleTextHook.Escape(
            $"Drew {result.Sampled} of {result.Comments} comments (seed {result.Seed}): wrote {ProjectPaths.Display(result.CsvPath)} and {ProjectPaths.Display(result.MarkdownPath)}."));
        console.MarkupLine(VisibleTextHook.Escape(
            $"Read {Path.GetFileName(result.MarkdownPath)}, correct a copy of {Path.GetFileName(result.CsvPath)} kept outside the output folder, and name it under 'verbatims: reviewed_coding:'."));
        return ReportGenApp.Success;
    }
}
