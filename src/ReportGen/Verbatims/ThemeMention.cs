namespace ReportGen.Verbatims;

/// <summary>
/// A theme found in a comment, with what the comment says about it and why.
/// </summary>
/// <param name="Keyword">The keyword (as the comment writes it, folded) that found the theme.</param>
/// <param name="Rule">
/// The rule or cue that decided the polarity, short and stable, for <c>coding.csv</c> and a reviewer:
/// <c>negative:panne</c>, <c>negated-positive:propre</c>, <c>negated-complaint:sale</c>, <c>positive:merci</c>,
/// <c>prior:maintenance</c>, <c>irony:legendaire</c>, <c>none</c>.
/// </param>
/// <param name="Confidence">How sure the coder is of the polarity, from 0 to 1 (rounded to two decimals).</param>
/// <param name="Uncertain">The comment reads as ironic or sarcastic: the polarity is not to be trusted without a review.</param>
public sealed record ThemeMention(string ThemeId, Polarity Polarity, string Keyword, string Rule, double Confidence, bool Uncertain = false);
