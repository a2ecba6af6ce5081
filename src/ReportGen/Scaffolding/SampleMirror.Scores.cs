using System.Globalization;

namespace ReportGen.Scaffolding;

public static partial class SampleMirror
{
    /// <summary>The overall score out of 10 staff expect tenants to give (the tenants' <c>q12_note_globale</c>).</summary>
    public const string ScoreColumn = "q12_note_globale";

    /// <summary>
    /// The mean of the staff's latent estimate: above the tenants' (<see cref="SampleSurvey.ScoreQuestions"/>), as staff
    /// overestimate overall satisfaction in the sample (82 % against 78,4 %).
    /// </summary>
    private const double ScoreMean = 8.0;

    private const double ScoreSpread = 1.4;

    /// <summary>The seed of the score's stream: its own, so that adding it left every other column as it was.</summary>
    private static int ScoreSeed(int seed) => unchecked((seed * 7919) + 1912);

    /// <summary>Each staff member's estimate: their view, their answer on overall satisfaction, noise; a few « Ne sait pas » and blanks.</summary>
    private static string[] AnswerScores(double[] latent, string[] overall, Random random)
    {
        var result = new string[latent.Length];
        for (var i = 0; i < latent.Length; i++)
        {
            var pull = overall[i] switch
            {
                "Très satisfait" => 0.9,
                "Plutôt satisfait" => 0.1,
                "Plutôt pas satisfait" => -1.0,
                "Pas du tout satisfait" => -1.8,
                _ => 0,
            };
            var view = (0.45 * latent[i]) + (0.55 * pull) + (0.5 * Normal(random));
            var draw = random.NextDouble();
            result[i] = draw < 0.02 ? DontKnow
                : draw < 0.023 ? ""
                : Math.Clamp((int)Math.Round(ScoreMean + (ScoreSpread * view), MidpointRounding.AwayFromZero), 0, 10).ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }
}
