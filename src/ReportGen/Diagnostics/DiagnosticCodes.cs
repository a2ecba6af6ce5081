namespace ReportGen.Diagnostics;

/// <summary>Stable codes, so that tests, scripts and users can tell problems apart without parsing prose.</summary>
public static class DiagnosticCodes
{
    public const string FileNotFound = "RG100";
    public const string YamlSyntax = "RG101";
    public const string UnknownKey = "RG102";
    public const string MissingKey = "RG103";
    public const string InvalidValue = "RG104";
    public const string DuplicateDefinition = "RG105";
    public const string UnknownReference = "RG106";
    public const string DateOrder = "RG107";
    public const string UntracedAction = "RG108";
    public const string YamlNotUtf8 = "RG109";
    public const string YamlLimit = "RG110";

    public const string MissingColumn = "RG200";
    public const string FieldCount = "RG201";
    public const string AnswerOffScale = "RG202";
    public const string InvalidWeight = "RG203";
    public const string DuplicateRespondent = "RG204";
    public const string NoDataRows = "RG205";
    public const string InvalidEncoding = "RG206";
    public const string MalformedCsv = "RG207";
    public const string EmptyRespondentId = "RG208";
    public const string InvalidRespondentType = "RG209";
    public const string TooManyCells = "RG210";
    public const string WeightingFailed = "RG211";
    public const string NotText = "RG212";

    public const string TemplateError = "RG300";
    public const string OutputError = "RG400";

    // Hardening (issue 10): each part keeps its own block, so that the parts never edit the same lines.
    // Outputs (RG401-RG419).
    /// <summary>A path the build would write lies outside its output folder.</summary>
    public const string OutputPathEscapes = "RG401";

    /// <summary>The output folder is, or holds, an input of the project (project file, data, rules, templates…).</summary>
    public const string OutputHoldsInput = "RG402";

    /// <summary>The output folder lies inside the templates folder.</summary>
    public const string OutputInsideInput = "RG403";

    /// <summary>The output folder is a symbolic link.</summary>
    public const string OutputIsLink = "RG404";

    /// <summary>Warning: segment values whose folder names clash get a hash suffix.</summary>
    public const string SetFolderClash = "RG405";

    // Inputs: regular files, limits, templates (RG120-RG129, RG220-RG229, RG301-RG319).
    public const string InputNotRegularFile = "RG120";
    public const string InputTooLarge = "RG121";
    public const string TooManyDefinitions = "RG122";
    public const string ValueTooLong = "RG123";
    public const string TemplatesOutsideProject = "RG124";
    public const string DataLimit = "RG220";
    public const string TemplateOutside = "RG301";
    public const string TemplateNotDeterministic = "RG302";
    public const string TemplateUnknownMember = "RG303";

    // Published text, warnings (RG500-RG509).
    /// <summary>Hidden characters (controls, bidi controls, zero-width and format characters) removed from an input text.</summary>
    public const string HiddenCharacters = "RG500";

    /// <summary>A link of the article whose target is not http, https, mailto or an anchor: published as text.</summary>
    public const string UnsafeLink = "RG501";

    // Glyphs, warnings (RG510-RG519).
    /// <summary>A text read from an input has characters no shipped font draws (shown as U+FFFD in the PDFs).</summary>
    public const string GlyphMissing = "RG510";

    // Privacy (RG600-RG619).
    /// <summary>Warning: a published free text other than a comment (action plan, project text, segment value) held personal data, masked.</summary>
    public const string PersonalDataMasked = "RG600";

    // Numbers (RG230-RG249, RG130-RG139).
    public const string NumberOutOfRange = "RG130";
    public const string InvalidDate = "RG131";
    public const string InvalidQuoteKey = "RG132";
    public const string WeightOutOfRange = "RG230";
    public const string ColumnsDifferOnlyByCase = "RG231";
    public const string AllWeightsZero = "RG232";
    public const string ZeroWeightRows = "RG233";
    public const string TrimmingInfeasible = "RG234";

    // Sources (issue 11, the lead): formats, header rows, row filters, column mapping, encodings (RG140-RG149, RG250-RG259).
    /// <summary>The declared format of a data file is not what its bytes are.</summary>
    public const string SourceFormatMismatch = "RG140";

    /// <summary>A row condition names a column that the file does not have.</summary>
    public const string FilterColumnMissing = "RG250";

    /// <summary>The declared encoding is contradicted by the bytes (UTF-8 text declared windows-1252, a byte order mark).</summary>
    public const string EncodingContradicted = "RG251";

    /// <summary>The row conditions leave no row.</summary>
    public const string NoRowKept = "RG252";

    /// <summary>The header row is past the end of the file, or a skipped row is.</summary>
    public const string HeaderRowMissing = "RG253";

    // SPSS system files, SavSource (RG260-RG269).
    /// <summary>A file read as SPSS .sav that is not a system file (no $FL2/$FL3 signature).</summary>
    public const string SavNotSystemFile = "RG260";

    /// <summary>An SPSS .sav file that ends inside its dictionary or inside a case.</summary>
    public const string SavTruncated = "RG261";

    /// <summary>An SPSS .sav file whose dictionary or a case holds what the format does not allow.</summary>
    public const string SavCorrupt = "RG262";

    /// <summary>An SPSS .sav file that uses what the reader does not read (non-IEEE numbers, an unknown encoding).</summary>
    public const string SavUnsupported = "RG263";

    /// <summary>Warning: string values of an SPSS .sav file that are not valid in its encoding, read with U+FFFD.</summary>
    public const string SavInvalidText = "RG264";

    // Excel workbooks (issue 11, the Excel source: RG270-RG279).
    /// <summary>A data file that is not a readable workbook: another format, damaged or truncated, encrypted.</summary>
    public const string ExcelUnreadable = "RG270";

    /// <summary>The sheet named by 'sheet:' (a name or a position) is not in the workbook.</summary>
    public const string ExcelSheetNotFound = "RG271";

    /// <summary>The header row is empty, below the sheet's end, or looks like a title (one value while a row below has many).</summary>
    public const string ExcelHeaderRow = "RG272";

    /// <summary>A cell of a column read holds an error value (#N/A, #DIV/0!…), not an answer.</summary>
    public const string ExcelCellError = "RG273";

    /// <summary>A column the project needs has an empty header cell (it is named by its letter only).</summary>
    public const string ExcelUnnamedColumn = "RG274";

    /// <summary>Warning: a value right of the header's last column, which is not read.</summary>
    public const string ExcelRightOfHeader = "RG275";

    /// <summary>Inconsistent sheet options: a sheet named both ways, a position, header row or skip count out of range.</summary>
    public const string ExcelOptions = "RG276";

    // Pitfalls closed (issue 11, part 4: RG135-RG138, RG280-RG284).
    /// <summary>A percentage (target, points, score) written as a proportion: above 0 and below 1 (a target of 1 too), "0,9" included.</summary>
    public const string PercentageAsProportion = "RG135";

    /// <summary>A number of a definition file written with a % sign ("90 %", "95%").</summary>
    public const string PercentSign = "RG136";

    /// <summary>A proportion or ratio (confidence, trimming bound) written as a percentage: "confidence: 95".</summary>
    public const string ProportionAsPercentage = "RG137";

    /// <summary>Warning: answers that differ from a scale's code, label or alias only by accents, case, spacing or apostrophes, matched.</summary>
    public const string AnswerFolded = "RG280";

    /// <summary>An answer that, accents, case, spacing and apostrophes aside, matches answers of two categories.</summary>
    public const string AnswerAmbiguous = "RG281";

    // init --from, what it reads of a survey export (RG700-RG719).
    /// <summary>The export given to init --from does not exist, or is a folder.</summary>
    public const string ImportFileNotFound = "RG700";

    /// <summary>An export format init cannot read (an old .xls workbook, or a format whose reader is not in this build).</summary>
    public const string ImportFormatUnsupported = "RG701";

    /// <summary>init options that do not go together (--copy with --reference, --sheet on a CSV file, an unknown --lang).</summary>
    public const string ImportOptionConflict = "RG702";

    /// <summary>No column of the export lies on a known satisfaction scale: the project would measure nothing.</summary>
    public const string ImportNoIndicator = "RG703";

    // The reviewed coding and the review sample (issue 12, items 3 and 4: RG290-RG298).
    /// <summary>A reviewed coding file without a required column (id, fingerprint, theme, polarity), or a row with no id or fingerprint.</summary>
    public const string ReviewMissingColumn = "RG290";

    /// <summary>A reviewed coding row names a theme the rule set does not define.</summary>
    public const string ReviewUnknownTheme = "RG291";

    /// <summary>A reviewed coding row's polarity is not negative, positive or neutral (négatif, positif, neutre).</summary>
    public const string ReviewUnknownPolarity = "RG292";

    /// <summary>A reviewed coding row's id is not the id of any comment of the comments file.</summary>
    public const string ReviewUnknownComment = "RG293";

    /// <summary>A reviewed coding row's fingerprint no longer matches its comment: the text changed since the review.</summary>
    public const string ReviewCommentChanged = "RG294";

    /// <summary>A reviewed coding file names one theme twice for the same comment.</summary>
    public const string ReviewDuplicateTheme = "RG295";

    /// <summary>review-sample cannot draw or write: the project has no comments, or --out is not a .csv file it may write (an input, a build's output, an existing file that is not a review sample, a missing folder), or --size, --seed are not numbers.</summary>
    public const string ReviewSampleOptions = "RG296";

    /// <summary>A reviewed coding row's fingerprint is not six hex digits: a spreadsheet turned it into a number (an error, or a warning when it names one comment unambiguously), or it is not one.</summary>
    public const string ReviewFingerprintNumber = "RG297";

    /// <summary>A warning: the reviewed coding file is not UTF-8 and was read as Windows-1252 (French Excel's « CSV (séparateur : point-virgule) »).</summary>
    public const string ReviewWindows1252 = "RG298";

    // Shards and merge (issue 14, part 5: RG430-RG439).
    /// <summary>A --shard that is not K/N with 1 ≤ K ≤ N, or --shard without --per.</summary>
    public const string ShardOption = "RG430";

    /// <summary>A folder given to merge that is not the output of a build --shard: missing, not a folder, a link, no shard.json, or a shard.json that cannot be read.</summary>
    public const string NotAShard = "RG431";

    /// <summary>Shards given to merge that come from different inputs, options, document sets or ReportGen versions.</summary>
    public const string ShardMismatch = "RG432";

    /// <summary>A shard given twice to merge, or a shard of the build that is missing.</summary>
    public const string ShardMissingOrRepeated = "RG433";

    /// <summary>A file of a shard folder that differs from its shard.json (changed, corrupted, missing, not listed, a link).</summary>
    public const string ShardFileChanged = "RG434";

    /// <summary>A document set (or the whole survey's set) that two shards hold, that no shard holds, or that the build did not plan.</summary>
    public const string ShardSetOverlap = "RG435";

    // Scores, net score and benchmarks (issue 15, part 5: RG150-RG169).
    /// <summary>An indicator's <c>kind</c> that is not share, score or net.</summary>
    public const string UnknownIndicatorKind = "RG150";

    /// <summary>A score or net indicator whose scale has no numeric bounds (<c>range:</c>).</summary>
    public const string NumericScaleRequired = "RG151";

    /// <summary>A score indicator's <c>threshold</c> that is not above the scale's min and at most its max.</summary>
    public const string ThresholdOutOfBounds = "RG152";

    /// <summary>A key that applies to another kind of indicator (<c>threshold</c> on a share, <c>promoters_from</c> on a score).</summary>
    public const string KeyNotForKind = "RG153";

    /// <summary>A net indicator whose scale is not 0–10.</summary>
    public const string NetScaleNotZeroToTen = "RG154";

    /// <summary>A net indicator's cut-offs that break 0 ≤ detractors_to &lt; promoters_from ≤ 10.</summary>
    public const string NetCutOffsInvalid = "RG155";

    /// <summary>A target outside what its indicator can reach: a score's outside the scale's bounds, a net score's outside −100 to +100.</summary>
    public const string TargetOutOfBounds = "RG156";

    /// <summary>A score indicator's target written in % ("75 %").</summary>
    public const string TargetWrongUnit = "RG157";

    /// <summary>A share indicator on a numeric scale that does not say from which score an answer is satisfied.</summary>
    public const string ShareWithoutSatisfiedFrom = "RG158";

    /// <summary>A benchmark whose unit is unknown or is not its indicator's (percent for a score, a % sign on a score).</summary>
    public const string BenchmarkWrongUnit = "RG160";

    /// <summary>A benchmark value outside what its unit allows: 0–100 %, −100 to +100 points, the bounds of the scale.</summary>
    public const string BenchmarkOutOfBounds = "RG161";

    /// <summary>Two benchmarks of one indicator with the same source, year and label.</summary>
    public const string BenchmarkDuplicate = "RG162";

    /// <summary>An answer of the data, a number outside the declared bounds of its numeric scale ("11" on 0–10).</summary>
    public const string AnswerOutsideBounds = "RG165";
}
