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

    // Inputs: regular files, limits, templates (RG120-RG129, RG220-RG229, RG301-RG319).

    // Published text, warnings (RG500-RG509).

    // Glyphs, warnings (RG510-RG519).

    // Privacy (RG600-RG619).
    /// <summary>Warning: a published free text other than a comment (action plan, project text, segment value) held personal data, masked.</summary>
    public const string PersonalDataMasked = "RG600";

    // Numbers (RG230-RG249, RG130-RG139).
}
