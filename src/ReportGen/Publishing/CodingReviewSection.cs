using ReportGen.Analysis;
using ReportGen.Documents;
using ReportGen.Verbatims;

namespace ReportGen.Publishing;

/// <summary>
/// The evidence pack's account of how the comments were coded: the rule set, how many comments, and whether a person
/// reviewed part of the coding. With a review, the agreement of the automatic coding with it on the reviewed comments
/// (theme presence, polarity, Cohen's kappa, theme macro-F1; <see cref="CodingAgreement"/>) and which figures rest on
/// it; without, that every theme figure rests on the automatic coding alone, and how to have it reviewed.
/// </summary>
public static class CodingReviewSection
{
    public const string Anchor = "codage";

    /// <summary>The agreement of the coder with the review, on the reviewed comments (the review is the reference); null without a review.</summary>
    public static CodingAgreement? Agreement(VerbatimTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var reviewed = tally.Coded.Where(c => c.Reviewed).ToList();
        return reviewed.Count == 0 ? null
            : CodingAgreement.Of([.. reviewed.Select(c => c.ToCoded())], [.. reviewed.Select(c => c.ToAutomaticCoded())], [.. tally.Themes.Select(t => t.Id)]);
    }

    public static IEnumerable<Block> Blocks(SurveyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Verbatims is not { } verbatims)
        {
            yield break;
        }

        var tally = verbatims.Tally;
        var all = tally.Coded.Count;
        var reviewed = tally.ReviewedComments;
        var rules = results.Project.Verbatims?.RulesDisplayPath.Split('/')[^1] ?? "";
        yield return new Heading(3, "Codage des commentaires et relecture", Anchor);
        yield return new Paragraph(
            $"Jeu de règles « {FrenchFormat.Typography(rules)} », version {FrenchFormat.Typography(tally.RuleSetVersion)} : {Comments(all)} codés ({FrenchFormat.Count(tally.TenantComments)} de locataires, {FrenchFormat.Count(tally.StaffComments)} de collaborateurs). " +
            "Le fichier coding.csv livré avec ce dossier donne, pour chaque commentaire et chaque thème trouvé, la polarité, la règle qui l’a décidée et sa source (automatique ou relue), sans le texte du commentaire.");
        yield return Decisions(tally);
        if (Agreement(tally) is not { } agreement)
        {
            yield return new Paragraph(
                Run.Bold("Aucune relecture : "),
                new Run("tous les chiffres par thème de ce dossier (mentions, commentaires négatifs, irritants, chantiers prioritaires) reposent sur le codage automatique, qui n’a pas été vérifié par une personne. "),
                new Run("Pour le faire relire : la commande « reportgen review-sample » tire au hasard un échantillon de commentaires (review-sample.csv, et review-sample.md à lire) ; une personne corrige les thèmes et les polarités du fichier CSV, puis le projet le nomme sous « verbatims: reviewed_coding: » et le dossier rend compte de l’accord."));
            yield break;
        }

        yield return new Paragraph(Run.Bold(
            $"Les thèmes et irritants reposent sur {Comments(reviewed)} relu{(reviewed > 1 ? "s" : "")} par une personne et {FrenchFormat.Count(all - reviewed)} codé{(all - reviewed > 1 ? "s" : "")} automatiquement."));
        yield return new Paragraph(
            "Sur les commentaires relus, la relecture remplace le codage automatique et sert de référence pour mesurer celui-ci. " +
            "Quand l’échantillon relu est tiré au hasard (reportgen review-sample), ces accords estiment sans biais ceux du codage automatique sur l’ensemble des commentaires ; leur précision dépend de la taille de l’échantillon.");
        var decisions = agreement.Comments * tally.Themes.Count;
        yield return new Table(
            [new TableColumn("Mesure", 2.4f), new TableColumn("Valeur", 2.6f)],
            [
                Row("Fichier de relecture", verbatims.ReviewedCoding is { } file ? FrenchFormat.Typography(file) : "—"),
                Row("Échantillon relu", $"{Comments(reviewed)} sur {FrenchFormat.Count(all)} ({FrenchFormat.Percent(all == 0 ? 0 : reviewed / (double)all)})"),
                Row("Accord sur la présence des thèmes", $"{FrenchFormat.Percent(agreement.PresenceAgreement)} des {FrenchFormat.Count(decisions)} décisions commentaire × thème"),
                Row("Accord sur la polarité", agreement.SharedMentions == 0 ? "— (aucune mention trouvée par les deux)"
                    : $"{FrenchFormat.Percent(agreement.PolarityAccuracy)} des {FrenchFormat.Count(agreement.SharedMentions)} mentions trouvées par les deux (IC à 95 % : {Interval(agreement.PolarityAccuracy, agreement.SharedMentions)})"),
                Row("Kappa de Cohen (polarité)", agreement.SharedMentions == 0 ? "—" : FrenchFormat.Number(agreement.PolarityKappa, 2)),
                Row("F1 macro des thèmes", FrenchFormat.Number(agreement.MacroF1, 2)),
            ]);
        yield return new Paragraph(
            "Accord sur la présence : part des décisions « le thème est-il présent ? » (chaque commentaire relu, pour chaque thème) où le codage automatique et la relecture concordent. " +
            "Accord sur la polarité et kappa de Cohen : sur les mentions que les deux ont trouvées ; le kappa retranche l’accord dû au hasard (1 : accord parfait, 0 : pas mieux que le hasard). " +
            "F1 macro : moyenne, sur les thèmes, de la moyenne harmonique de la précision et du rappel du codage automatique au regard de la relecture. " +
            "Quand une polarité domine (presque toutes les mentions négatives), le kappa peut rester faible malgré un accord élevé, l’accord dû au hasard étant alors lui-même élevé " +
            "(paradoxe du kappa, Feinstein et Cicchetti, 1990) : il se lit avec l’accord sur la polarité et son intervalle de Wilson.");
    }

    /// <summary>How the coder decided the polarity of its mentions: by a cue of the comment, by the theme's prior, or read as irony (to review).</summary>
    private static Paragraph Decisions(VerbatimTally tally)
    {
        var mentions = tally.Coded.SelectMany(c => c.Automatic ?? c.Mentions).ToList();
        var prior = mentions.Count(m => m.Rule.StartsWith("prior:", StringComparison.Ordinal));
        var uncertain = mentions.Count(m => m.Uncertain);
        var low = mentions.Count(m => m.Confidence < 0.6);
        string Mentions(int n) => $"{FrenchFormat.Count(n)} mention{(n > 1 ? "s" : "")}";
        return new Paragraph(
            $"Le codage automatique a trouvé {Mentions(mentions.Count)} de thème. Pour {FrenchFormat.Count(mentions.Count - prior)}, la polarité est décidée par un indice du commentaire " +
            "(mot ou expression du lexique pondéré, négation, attente, question de plainte) ; " +
            $"pour {FrenchFormat.Count(prior)}, aucun indice ne la décide et elle suit l’a priori du thème, estimé sur un corpus étiqueté. " +
            $"{(uncertain == 0 ? "Aucune n’est marquée" : uncertain == 1 ? "Une est marquée" : $"{FrenchFormat.Count(uncertain)} sont marquées")} « incertaine » (ironie ou sarcasme présumés) et " +
            $"{(low == 0 ? "aucune n’a" : low == 1 ? "une a" : $"{FrenchFormat.Count(low)} ont")} une confiance inférieure à 0,6 : " +
            "ce sont les premières à faire relire (colonnes « uncertain » et « confidence » de coding.csv).");
    }

    private static string Interval(double share, int n) => EvidencePack.IntervalText(Proportions.Wilson(share, n, Proportions.CriticalValue(0.95)));

    private static string Comments(int n) => $"{FrenchFormat.Count(n)} commentaire{(n > 1 ? "s" : "")}";

    private static IReadOnlyList<TableCell> Row(string name, string value) => [new TableCell([Run.Bold(name)]), value];
}
