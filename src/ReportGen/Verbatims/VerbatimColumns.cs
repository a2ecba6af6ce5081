namespace ReportGen.Verbatims;

/// <summary>The columns of a verbatim file, by header name (matched ignoring case).</summary>
/// <param name="Text">The comment.</param>
/// <param name="RespondentType">tenant / staff (or locataire / collaborateur).</param>
/// <param name="Moment">The moment of the tenant journey the comment is about ("demande", "intervention" …).</param>
/// <param name="RespondentId">Optional; when absent, a comment is identified by its line number only.</param>
/// <param name="Segment">Optional grouping column (agency), kept with each candidate quote.</param>
public sealed record VerbatimColumns(string Text, string RespondentType, string Moment, string? RespondentId = null, string? Segment = null)
{
    /// <summary>The columns of the sample file <c>verbatims-2020.csv</c>.</summary>
    public static VerbatimColumns Sample { get; } = new("commentaire", "type", "moment", "id", "agence");
}
