namespace ReportGen.Verbatims;

/// <summary>Who wrote a comment: a tenant, or a staff member answering the mirror survey.</summary>
public enum RespondentType
{
    Tenant,
    Staff,
}
