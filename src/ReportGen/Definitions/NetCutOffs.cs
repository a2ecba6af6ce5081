namespace ReportGen.Definitions;

/// <summary>
/// Who counts as a promoter and who as a detractor on a 0–10 recommendation question: promoters answer from
/// <see cref="PromotersFrom"/> up, detractors up to <see cref="DetractorsTo"/>; those between are passives.
/// </summary>
public sealed record NetCutOffs(int PromotersFrom, int DetractorsTo)
{
    /// <summary>The usual cut-offs: promoters 9–10, detractors 0–6 (Reichheld, 2003, « The One Number You Need to Grow »).</summary>
    public static NetCutOffs Default { get; } = new(9, 6);
}
