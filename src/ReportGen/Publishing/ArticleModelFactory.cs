using ReportGen.Analysis;
using ReportGen.Definitions;

namespace ReportGen.Publishing;

/// <summary>Turns results into the formatted model that article templates render.</summary>
public static class ArticleModelFactory
{
    public static ArticleModel Create(SurveyResults results, string generatorVersion)
    {
        var project = results.Project;
        var catalog = project.Catalog;
        var indicators = results.Estimates.Select(e => Indicator(catalog, e)).ToList();
        var byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var headline = catalog.Indicators.Where(i => i.Headline).Select(i => byId[i.Id]).ToList();
        var others = catalog.Indicators.Where(i => !i.Headline).Select(i => byId[i.Id]).ToList();
        var published = results.Estimates.Where(e => !e.Suppressed).ToList();
        var minMargin = published.Count == 0 ? (double?)null : published.Min(e => e.MarginOfError!.Value);
        var maxMargin = published.Count == 0 ? (double?)null : published.Max(e => e.MarginOfError!.Value);
        var scales = catalog.Indicators.Select(i => catalog.Scale(i.ScaleId)).Distinct().ToList();
        var excluded = scales.SelectMany(s => s.Excluded).Select(c => $"« {c.Label} »").Distinct(StringComparer.Ordinal).ToList();
        var segments = project.Data[0].Columns.Segments
            .Select(s =>
            {
                var count = results.Survey.Segments.TryGetValue(s.Id, out var values) ? values.Count : 0;
                return new ArticleSegment(s.Id, FrenchFormat.Typography(s.Label), count, $"{FrenchFormat.Count(count)} {FrenchFormat.Typography(s.Label)}");
            })
            .ToList();

        return new ArticleModel(
            Organisation: FrenchFormat.Typography(project.Organisation),
            Survey: FrenchFormat.Typography(project.Survey),
            Reference: project.Reference,
            Period: FrenchFormat.Typography(project.Period.Label),
            PublicationDate: FrenchFormat.Date(project.PublicationDate),
            Institute: Text(project.Institute),
            Population: Text(project.Population),
            SampleDescription: Text(project.Sample.Description),
            Mode: Text(project.Sample.Mode),
            Fieldwork: Text(project.Sample.Fieldwork),
            Respondents: FrenchFormat.Count(results.Survey.Respondents),
            RespondentsCount: results.Survey.Respondents,
            Weighted: results.Survey.Weighted,
            ScaleDescription: FrenchFormat.Typography(string.Join(" ; ", scales.Select(s => s.SatisfiedDescription))),
            ExcludedDescription: excluded.Count == 0 ? "" : FrenchFormat.Typography(JoinFrench(excluded)),
            Confidence: FrenchFormat.Percent(project.Thresholds.ConfidenceLevel, 0),
            MinMargin: minMargin is { } low ? FrenchFormat.Points(low) : null,
            MaxMargin: maxMargin is { } m ? FrenchFormat.Points(m) : null,
            LowBaseThreshold: project.Thresholds.LowBase,
            SuppressThreshold: project.Thresholds.SuppressBelow,
            Indicators: indicators,
            HeadlineIndicators: headline,
            OtherIndicators: others,
            Segments: segments,
            GeneratorVersion: generatorVersion);
    }

    private static ArticleIndicator Indicator(IndicatorCatalog catalog, IndicatorEstimate estimate)
    {
        var definition = catalog.Indicators.First(i => i.Id == estimate.IndicatorId);
        return new ArticleIndicator(
            Id: definition.Id,
            Label: FrenchFormat.Typography(definition.Label),
            Statement: FrenchFormat.Typography(definition.Statement),
            Theme: FrenchFormat.Typography(catalog.Theme(definition.ThemeId).Label),
            Satisfied: estimate.Satisfied is { } p ? FrenchFormat.Percent(p) : null,
            Value: estimate.Satisfied is { } v ? Math.Round(v * 100, 1, MidpointRounding.AwayFromZero) : null,
            Base: FrenchFormat.Count(estimate.ValidBase),
            BaseCount: estimate.ValidBase,
            EffectiveBase: FrenchFormat.Number(estimate.EffectiveBase, 0),
            IntervalLow: estimate.Interval is { } low ? FrenchFormat.Percent(low.Lower) : null,
            IntervalHigh: estimate.Interval is { } high ? FrenchFormat.Percent(high.Upper) : null,
            Margin: estimate.MarginOfError is { } m ? FrenchFormat.Points(m) : null,
            Target: estimate.Target is { } t ? FrenchFormat.Percent(t, 0) : null,
            Status: StatusText.Of(estimate.Status),
            LowBase: estimate.LowBase,
            Suppressed: estimate.Suppressed,
            QualiHlm: Text(definition.QualiHlmEngagement),
            Axis: Text(definition.ActionAxis));
    }

    private static string JoinFrench(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} et {items[^1]}";

    private static string? Text(string? value) => value is null ? null : FrenchFormat.Typography(value);
}
