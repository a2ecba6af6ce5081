using ReportGen.Definitions;

namespace ReportGen.Scaffolding.Import;

/// <summary>What tool wrote the export: it decides the header rows and the rows that are not responses.</summary>
public enum ExportShape
{
    /// <summary>A survey institute's file (or any plain table): one header row, every row a respondent.</summary>
    Institute,

    /// <summary>Qualtrics: three header rows (ids, question texts, ImportId JSON), previews and unfinished responses.</summary>
    Qualtrics,

    /// <summary>LimeSurvey: id, submitdate, lastpage, startlanguage, seed… then the questions; incomplete responses have no submitdate.</summary>
    LimeSurvey,
}

/// <summary>What a column was recognised as.</summary>
public enum ColumnRole
{
    RespondentId,
    Weight,
    Segment,
    Indicator,
    Score,
    RowRule,
    Metadata,
    FreeText,
    Empty,
    Undecided,
}

/// <summary>A sentence of the table, in either language: a key of <see cref="ImportMessages"/> and its arguments.</summary>
public sealed record Reason(string Key, params string[] Args);

/// <summary>One column of the export and what init made of it.</summary>
public sealed record ColumnDecision(int Index, string Name, ColumnRole Role, string? Detail, Reason Why);

/// <summary>How a row rule compares: the contract's keep_rows kinds.</summary>
public enum RowRuleKind
{
    EqualsAny,
    DiffersFromAll,
    NotEmpty,
}

/// <summary>A keep_rows rule the shape implies, why (the YAML comment, in French), and how many rows it left out here.</summary>
public sealed record RowRule(string Column, RowRuleKind Kind, IReadOnlyList<string> Values, string Comment, Reason Why)
{
    public long RowsLeftOut { get; set; }
}

/// <summary>A scale written into the indicator file: the known scale and the spellings of its answers met in the data.</summary>
public sealed record ScaleUse(KnownScale Scale, IReadOnlyDictionary<string, IReadOnlyList<string>> AliasesSeen);

/// <summary>An indicator written into the indicator file: a share of a labelled scale, or the score or net score of a 0–10 question.</summary>
public sealed record IndicatorPlan(string Id, string Label, string Statement, string Column, string ScaleId, bool LabelFromText, IndicatorKind Kind = IndicatorKind.Share);

/// <summary>A segment written into the project file.</summary>
public sealed record SegmentPlan(string Id, string Column, string Label);

/// <summary>Everything init decided about an export, before anything is written: what <see cref="ProjectWriter"/> writes and the table shows.</summary>
public sealed record ImportPlan
{
    public required string SourcePath { get; init; }

    public required string SourceDisplay { get; init; }

    public required SourceFormat Format { get; init; }

    public required ExportShape Shape { get; init; }

    public required Reason ShapeWhy { get; init; }

    /// <summary>The CSV dialect (null for Excel and SPSS).</summary>
    public SniffedDialect? Dialect { get; init; }

    /// <summary>The decimal separator seen in numbers (null: none seen, or both).</summary>
    public char? DecimalSeparator { get; init; }

    public string? Sheet { get; init; }

    public int HeaderRow { get; init; } = 1;

    public int SkipRows { get; init; }

    public IReadOnlyList<RowRule> KeepRows { get; init; } = [];

    public long Rows { get; init; }

    public long RowsKept { get; init; }

    public IReadOnlyList<ColumnDecision> Columns { get; init; } = [];

    public string? RespondentId { get; init; }

    public string? Weight { get; init; }

    public IReadOnlyList<SegmentPlan> Segments { get; init; } = [];

    public IReadOnlyList<IndicatorPlan> Indicators { get; init; } = [];

    public IReadOnlyList<ScaleUse> Scales { get; init; } = [];

    /// <summary>The indicator named as overall satisfaction (its name says "global"), or null.</summary>
    public string? Overall { get; init; }

    public required DateOnly PublicationDate { get; init; }

    public required Reason PublicationDateWhy { get; init; }

    /// <summary>What else the user must know: what was not written and why.</summary>
    public IReadOnlyList<Reason> Notes { get; init; } = [];
}
