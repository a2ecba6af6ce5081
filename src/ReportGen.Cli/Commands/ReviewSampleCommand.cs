using System.Globalization;
using ReportGen.Cli.Resources;
using ReportGen.Verbatims;
using Spectre.Console;
using Spectre.Console.Cli;
using Text = ReportGen.Localization.Text;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen review-sample [PROJECT] [--size N] [--seed S] [--out FILE]</c>: a seeded random sample of the comments for a person to review.</summary>
public sealed class ReviewSampleCommand(IAnsiConsole console) : Command<ReviewSampleCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "[PROJECT]")]
        [LocalizedDescription("OptProject")]
        public string Project { get; init; } = ProjectSettings.DefaultProject;

        [CommandOption("--size <N>")]
        [LocalizedDescription("OptReviewSize")]
        public string SizeText { get; init; } = ReviewSample.DefaultSize.ToString(CultureInfo.InvariantCulture);

        [CommandOption("--seed <S>")]
        [LocalizedDescription("OptReviewSeed")]
        public string SeedText { get; init; } = ReviewSample.DefaultSeed.ToString(CultureInfo.InvariantCulture);

        /// <summary>--size as a number (read as text, so that a word gets a clear message rather than the parser's).</summary>
        public int Size => int.Parse(SizeText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

        public long Seed => long.Parse(SeedText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

        [CommandOption("-o|--out <FILE>")]
        [LocalizedDescription("OptReviewOut")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            !int.TryParse(SizeText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > ReviewSample.MaxSize
                ? ValidationResult.Error(Text.Format(CliMessages.ReviewSizeInvalid, ReviewSample.MaxSize, SizeText))
            : !long.TryParse(SeedText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? ValidationResult.Error(Text.Format(CliMessages.ReviewSeedInvalid, SeedText))
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = StageProgress.Single(console, CliMessages.StageDrawingComments, () => ReviewSample.Write(settings.Project, settings.Size, (ulong)settings.Seed, settings.Out));
        console.MarkupLine(VisibleTextHook.Escape(Text.Format(CliMessages.ReviewDrew, result.Sampled, result.Comments, result.Seed,
            ProjectPaths.Display(result.CsvPath), ProjectPaths.Display(result.MarkdownPath))));
        console.MarkupLine(VisibleTextHook.Escape(Text.Format(CliMessages.ReviewNext, Path.GetFileName(result.MarkdownPath), Path.GetFileName(result.CsvPath))));
        return ReportGenApp.Success;
    }
}
