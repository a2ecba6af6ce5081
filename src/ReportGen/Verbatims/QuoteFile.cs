using System.Globalization;
using System.Text;
using ReportGen.Publishing;

namespace ReportGen.Verbatims;

/// <summary>
/// Writes <c>quotes.md</c>: the candidate quotes of each theme, already redacted, for a person to choose and
/// approve. The tool proposes and never publishes: only the ids a person writes into the project file are
/// quoted. French, Markdown, LF line endings.
/// </summary>
public static class QuoteFile
{
    public static string Write(VerbatimTally tally, string ruleSetVersion)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var text = new StringBuilder();
        text.Append("# Verbatims : citations proposées\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Source : {MarkdownText.Code(tally.Source)} — règles de codage version {MarkdownText.Escape(ruleSetVersion)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"{Count(tally.TenantComments, "commentaire")} de locataires, {Count(tally.StaffComments, "commentaire")} de collaborateurs.\n\n");
        text.Append("> **À valider par une personne.** Ces citations sont des propositions. Les données personnelles ");
        text.Append("(noms, téléphones, e-mails, adresses, numéros de logement, santé) ont été masquées automatiquement par « […] », ");
        text.Append("mais une personne doit relire chaque citation, la choisir et l’approuver avant toute publication. ");
        text.Append("Aucune citation n’est publiée sans approbation : inscrivez les numéros retenus dans le fichier de projet ");
        text.Append("(sous `verbatims:`, par exemple `approved_quotes: [12-3fa2c1, 57-0b9e44]` : le numéro de ligne et l’empreinte du texte).\n");

        foreach (var theme in tally.Themes)
        {
            var tenant = tally.Count(theme.Id, RespondentType.Tenant);
            text.Append(CultureInfo.InvariantCulture, $"\n## {MarkdownText.Escape(theme.Label)}\n\n");
            text.Append(CultureInfo.InvariantCulture,
                $"Thème {MarkdownText.Code(theme.Id)} : {Count(tenant.Mentions, "commentaire")} de locataires ({FrenchFormat.Percent(tenant.Share)}), dont {FrenchFormat.Count(tenant.NegativeMentions)} négatif{(tenant.NegativeMentions > 1 ? "s" : "")}.\n");
            var quotes = tally.Quotes.Where(q => q.ThemeId == theme.Id).ToList();
            if (quotes.Count == 0)
            {
                text.Append("\n*Aucune citation proposée.*\n");
                continue;
            }

            foreach (var quote in quotes)
            {
                var who = quote.RespondentType == RespondentType.Tenant ? "locataire" : "collaborateur";
                var masked = quote.RedactedSpans switch
                {
                    0 => "aucun élément masqué",
                    1 => "1 élément masqué",
                    var n => $"{n} éléments masqués",
                };
                text.Append(CultureInfo.InvariantCulture, $"\n**N° {quote.Key}** — {who}, {MarkdownText.Escape(quote.Moment)}{(quote.Segment is { Length: > 0 } s ? $", {MarkdownText.Escape(s)}" : "")} — « {masked} »\n\n");
                // Inert and on one line, exactly as the article would publish it: a comment cannot forge a heading, a key or a row.
                text.Append("> ").Append(MarkdownText.Escape(quote.Text)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Count(int n, string noun) => $"{FrenchFormat.Count(n)} {noun}{(n > 1 ? "s" : "")}";
}
