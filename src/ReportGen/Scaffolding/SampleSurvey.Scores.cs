using System.Globalization;

namespace ReportGen.Scaffolding;

public static partial class SampleSurvey
{
    /// <summary>
    /// A 0–10 question asked after overall satisfaction: its column, the mean of its latent score in 2020, how much of
    /// the respondent's view it carries, its spread, and its shares of « Ne sait pas » and of blanks.
    /// </summary>
    public sealed record ScoreQuestion(string Column, double Mean, double Spread, double DontKnow, double Blank);

    /// <summary>
    /// The overall score out of 10, then whether the tenant would recommend the Office to someone close (0–10, read as a
    /// net score). Both follow the respondent's latent satisfaction and their overall satisfaction answer (q11), so that a
    /// « Très satisfait » mostly gives 8 to 10 and a « Pas du tout satisfait » 2 to 5; recommendation follows the score,
    /// more spread out, as recommendation questions are.
    /// </summary>
    public static IReadOnlyList<ScoreQuestion> ScoreQuestions { get; } =
    [
        new("q12_note_globale", 7.93, 1.8, 0.012, 0.003),
        new("q13_recommandation", 8.0, 2.3, 0.025, 0.004),
    ];

    /// <summary>The move of the score questions' latent means from 2020, per wave (the net score follows the recommendation's).</summary>
    private static readonly Dictionary<string, double> ScoreShift = new(StringComparer.Ordinal)
    {
        ["2017"] = -0.12,
        ["2020"] = 0,
        ["2023"] = 0.10,
    };

    /// <summary>Where each answer to overall satisfaction (q11) places the respondent's scores, on the latent scale.</summary>
    private static double OverallPull(string answer) => answer switch
    {
        "Très satisfait" => 1.0,
        "Plutôt satisfait" => 0.15,
        "Plutôt pas satisfait" => -1.0,
        "Pas du tout satisfait" => -1.9,
        _ => 0,
    };

    /// <summary>
    /// The seed of the score questions' stream in <paramref name="year"/>: a stream of their own, so that adding them left
    /// every draw of the other columns, and so every figure published from them, as it was.
    /// </summary>
    private static int ScoreSeed(int seed, int year) => unchecked((seed * 7919) + year + 12);

    /// <summary>The answers of each score question (the label « Ne sait pas », a blank, or the score), row by row.</summary>
    private static string[][] AnswerScores(string wave, double[] latent, string[] overall, Random random)
    {
        var shift = ScoreShift.GetValueOrDefault(wave);
        var rows = latent.Length;
        var answers = ScoreQuestions.Select(_ => new string[rows]).ToArray();
        var note = ScoreQuestions[0];
        var recommendation = ScoreQuestions[1];
        for (var i = 0; i < rows; i++)
        {
            // The score: the person's view, what they said overall, and the noise of a single question.
            var view = (0.45 * latent[i]) + (0.55 * OverallPull(overall[i])) + (0.55 * Normal(random));
            // Unhappy tenants spread further down than happy ones up: the long left tail of real 0–10 answers.
            view = view < 0 ? view * 1.3 : view * 0.8;
            var score = note.Mean + shift + (note.Spread * view);
            var recommend = recommendation.Mean + shift + (recommendation.Spread * ((0.8 * view) + (0.45 * Normal(random))));
            answers[0][i] = Answer(note, score, random.NextDouble());
            answers[1][i] = Answer(recommendation, recommend, random.NextDouble());
        }

        return answers;
    }

    private static string Answer(ScoreQuestion question, double score, double draw) =>
        draw < question.DontKnow ? DontKnow
        : draw < question.DontKnow + question.Blank ? ""
        : Math.Clamp((int)Math.Round(score, MidpointRounding.AwayFromZero), 0, 10).ToString(CultureInfo.InvariantCulture);
}
