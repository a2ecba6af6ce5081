using ReportGen.Definitions.Yaml;
using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Definitions;

/// <summary>
/// <c>keep_rows:</c> of a data entry: the conditions a row must meet to be a response, such as a Qualtrics
/// <c>Status</c> other than « Survey Preview » or a LimeSurvey <c>submitdate</c> that is not empty.
/// </summary>
public static class RowConditions
{
    /// <summary>The most conditions one file may have.</summary>
    public const int MaxConditions = 50;

    private static readonly string[] Tests = ["equals", "differs", "empty", "not_empty"];

    internal static IReadOnlyList<RowCondition> Read(YamlMap data)
    {
        var conditions = new List<RowCondition>();
        foreach (var map in data.Maps("keep_rows", i => Text.Format(DefinitionMessages.RowConditionNumber, i), max: MaxConditions))
        {
            var column = map.String("column", required: true);
            var present = Tests.Where(map.Has).ToList();
            foreach (var key in Tests)
            {
                map.Has(key); // each is a known key here
            }

            if (present.Count != 1)
            {
                map.Bag.Add(map.Location, present.Count == 0 ? DiagnosticCodes.MissingKey : DiagnosticCodes.InvalidValue,
                    present.Count == 0 ? DefinitionMessages.RowConditionWithoutTest : Text.Format(DefinitionMessages.RowConditionWithTests, present.Count, string.Join(", ", present)),
                    DefinitionMessages.RowConditionTestHint);
                map.ReportUnknownKeys();
                continue;
            }

            var test = present[0];
            IReadOnlyList<string> values = [];
            if (test is "equals" or "differs")
            {
                values = map.Strings(test);
                if (values.Count == 0)
                {
                    map.Error(test, Text.Format(DefinitionMessages.RowTestWithoutValue, test), Text.Format(DefinitionMessages.RowTestWithoutValueHint, test), DiagnosticCodes.MissingKey);
                }
            }
            else if (map.Bool(test) is not true)
            {
                map.Error(test, Text.Format(DefinitionMessages.RowTestNotTrue, test), Text.Format(DefinitionMessages.RowTestNotTrueHint, test, test == "empty" ? "not_empty" : "empty"));
            }

            map.ReportUnknownKeys();
            if (column is not null && (values.Count > 0 || test is "empty" or "not_empty"))
            {
                var kind = test switch
                {
                    "equals" => RowTest.Equals,
                    "differs" => RowTest.Differs,
                    "empty" => RowTest.Empty,
                    _ => RowTest.NotEmpty,
                };
                conditions.Add(new RowCondition(column, kind, values, map.Location));
            }
        }

        return conditions;
    }
}
