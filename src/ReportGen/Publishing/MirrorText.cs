using ReportGen.Analysis;

namespace ReportGen.Publishing;

/// <summary>The French words for a mirror-gap class.</summary>
public static class MirrorText
{
    public static string Of(MirrorGapClass gapClass) => gapClass switch
    {
        MirrorGapClass.Convergence => "convergence",
        MirrorGapClass.StaffOverestimate => "surestimation par les collaborateurs",
        MirrorGapClass.StaffUnderestimate => "sous-estimation par les collaborateurs",
        _ => "non disponible",
    };
}
