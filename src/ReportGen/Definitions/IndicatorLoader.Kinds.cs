using System.Globalization;
using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Definitions;

/// <summary>
/// The kinds of indicator (<c>kind: share | score | net</c>) and what each needs of its scale and its keys: a score
/// or net score reads a numeric scale (<c>range:</c>), a net score one of 0–10; a target is in the kind's unit.
/// </summary>
internal static partial class IndicatorLoader
{
    /// <summary>The values of <c>kind</c>, the default first.</summary>
    public static IReadOnlyList<string> KindNames { get; } = ["share", "score", "net"];

    /// <summary>The word of the indicator file for a kind.</summary>
    public static string KindName(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Score => "score",
        IndicatorKind.Net => "net",
        _ => "share",
    };

    /// <summary>The kind, <see cref="IndicatorKind.Share"/> when the key is absent, or null after reporting an unknown one (RG150).</summary>
    private static IndicatorKind? ReadKind(YamlMap map)
    {
        var text = map.String("kind");
        switch (text)
        {
            case null or "share":
                return IndicatorKind.Share;
            case "score":
                return IndicatorKind.Score;
            case "net":
                return IndicatorKind.Net;
            default:
                map.Error("kind", Text.Format(ScoreDefinitionMessages.UnknownKind, map.Context, text),
                    MessageParts.Hint(text, [.. KindNames], ScoreDefinitionMessages.KnownKinds, ScoreDefinitionMessages.KnownKinds), DiagnosticCodes.UnknownIndicatorKind);
                return null;
        }
    }

    /// <summary>
    /// The target in the unit of <paramref name="kind"/>: % satisfied for a share (as before kinds existed), a score within
    /// the scale's bounds for a score, points from −100 to +100 for a net score. Null when absent or reported.
    /// </summary>
    private static double? ReadTarget(YamlMap map, IndicatorKind? kind, ScaleDefinition? scale)
    {
        switch (kind)
        {
            case IndicatorKind.Share:
                return map.Percentage("target", min: 0, max: 100, " %", oneIsAmbiguous: true);
            case IndicatorKind.Score when scale?.Range is { } range:
                return ReadScoreTarget(map, range);
            case IndicatorKind.Net:
                var points = map.Percentage("target", double.MinValue, double.MaxValue, " points", oneIsAmbiguous: false);
                if (points is { } v && (v < -100 || v > 100))
                {
                    map.Error("target", Text.Format(ScoreDefinitionMessages.TargetOutsidePoints, map.Context, Show(v)), ScoreDefinitionMessages.TargetOutsidePointsHint,
                        DiagnosticCodes.TargetOutOfBounds);
                    return null;
                }

                return points;
            default:
                // An unknown kind, or a score without bounds: its unit is unknown, and the reason is reported elsewhere.
                map.Has("target");
                return null;
        }
    }

    private static double? ReadScoreTarget(YamlMap map, NumericRange range)
    {
        var text = map.String("target");
        if (text is null)
        {
            return null;
        }

        var hint = Text.Format(ScoreDefinitionMessages.TargetOutsideScaleHint, range.Min, range.Max, range.DisplayUnit);
        if (text.Contains('%', StringComparison.Ordinal))
        {
            map.Error("target", Text.Format(ScoreDefinitionMessages.TargetPercentForScore, map.Context, text, range.Min, range.Max), hint, DiagnosticCodes.TargetWrongUnit);
            return null;
        }

        var value = map.Double("target");
        if (value is { } v && !range.Contains(v))
        {
            map.Error("target", Text.Format(ScoreDefinitionMessages.TargetOutsideScale, map.Context, Show(v), range.Min, range.Max), hint, DiagnosticCodes.TargetOutOfBounds);
            return null;
        }

        return value;
    }

    /// <summary>The keys of one kind only (<c>threshold</c>; <c>promoters_from</c>, <c>detractors_to</c>), or null after reporting a problem with them.</summary>
    private static KindOptions? ReadKindOptions(YamlMap map, IndicatorKind? kind, ScaleDefinition? scale)
    {
        var threshold = map.Score("threshold", required: false, min: -1000, max: 1000, ScoreDefinitionMessages.ThresholdHint);
        var promoters = map.Score("promoters_from", required: false, min: -1000, max: 1000, ScoreDefinitionMessages.NetCutOffsHint);
        var detractors = map.Score("detractors_to", required: false, min: -1000, max: 1000, ScoreDefinitionMessages.NetCutOffsHint);
        var ok = (threshold is not null || !map.Has("threshold"))
            && (promoters is not null || !map.Has("promoters_from"))
            && (detractors is not null || !map.Has("detractors_to"));
        if (kind is not { } known)
        {
            return null;
        }

        foreach (var (key, present, owner) in new[] { ("threshold", threshold is not null, IndicatorKind.Score), ("promoters_from", promoters is not null, IndicatorKind.Net), ("detractors_to", detractors is not null, IndicatorKind.Net) })
        {
            if (present && known != owner)
            {
                map.Error(key, Text.Format(ScoreDefinitionMessages.KeyNotForKind, key, map.Context, KindName(owner), KindName(known)),
                    Text.Format(ScoreDefinitionMessages.KeyNotForKindHint, key, KindName(owner)), DiagnosticCodes.KeyNotForKind);
                ok = false;
            }
        }

        if (known == IndicatorKind.Score && threshold is { } t && scale?.Range is { } range && (t <= range.Min || t > range.Max))
        {
            map.Error("threshold", Text.Format(ScoreDefinitionMessages.ThresholdOutOfBounds, map.Context, range.Min, range.Max, t), ScoreDefinitionMessages.ThresholdOutOfBoundsHint,
                DiagnosticCodes.ThresholdOutOfBounds);
            ok = false;
        }

        NetCutOffs? cutOffs = null;
        if (known == IndicatorKind.Net)
        {
            cutOffs = new NetCutOffs(promoters ?? NetCutOffs.Default.PromotersFrom, detractors ?? NetCutOffs.Default.DetractorsTo);
            if (cutOffs.DetractorsTo < 0 || cutOffs.DetractorsTo >= cutOffs.PromotersFrom || cutOffs.PromotersFrom > 10)
            {
                map.Error(promoters is not null ? "promoters_from" : "detractors_to",
                    Text.Format(ScoreDefinitionMessages.NetCutOffsInvalid, map.Context, cutOffs.DetractorsTo, cutOffs.PromotersFrom), ScoreDefinitionMessages.NetCutOffsHint,
                    DiagnosticCodes.NetCutOffsInvalid);
                ok = false;
            }
        }

        return ok ? new KindOptions(threshold, cutOffs) : null;
    }

    /// <summary>Whether <paramref name="scale"/> can be read as <paramref name="kind"/>; if not, says why at the indicator's <c>scale:</c>.</summary>
    private static bool ScaleFitsKind(YamlMap map, IndicatorKind kind, ScaleDefinition scale)
    {
        switch (kind)
        {
            case IndicatorKind.Share when scale.Range is { SatisfiedFrom: null }:
                map.Error("scale", Text.Format(ScoreDefinitionMessages.ShareWithoutSatisfiedFrom, map.Context, scale.Id), ScoreDefinitionMessages.ShareWithoutSatisfiedFromHint,
                    DiagnosticCodes.ShareWithoutSatisfiedFrom);
                return false;
            case IndicatorKind.Score or IndicatorKind.Net when scale.Range is null:
                map.Error("scale", Text.Format(ScoreDefinitionMessages.NumericScaleRequired, map.Context, KindName(kind), scale.Id), Text.Format(ScoreDefinitionMessages.NumericScaleRequiredHint),
                    DiagnosticCodes.NumericScaleRequired);
                return false;
            case IndicatorKind.Net when scale.Range is { IsZeroToTen: false } range:
                map.Error("scale", Text.Format(ScoreDefinitionMessages.NetScaleNotZeroToTen, map.Context, scale.Id, range.Min, range.Max), Text.Format(ScoreDefinitionMessages.NetScaleNotZeroToTenHint),
                    DiagnosticCodes.NetScaleNotZeroToTen);
                return false;
            default:
                return true;
        }
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a kind's own keys gave: the threshold of a score, the cut-offs of a net score.</summary>
    private sealed record KindOptions(int? Threshold, NetCutOffs? CutOffs);
}
