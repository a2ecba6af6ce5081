using System.Globalization;
using Texts = ReportGen.Resources.ImportMessages;

namespace ReportGen.Scaffolding.Import;

/// <summary>
/// The sentences of init's table, in the language of <see cref="Localization.UiLanguage"/>: each <see cref="Reason"/> key and role
/// is a message of <c>Resources/ImportMessages.resx</c> (English) and its French twin (<c>.fr.resx</c>); a reason key
/// such as <c>col.id.duplicates</c> is the resource <c>ColIdDuplicates</c>.
/// </summary>
public static class ImportMessages
{
    public static string Text(string key, params string[] args) => Localization.Text.Format(Message(ResourceName(key)), args);

    public static string Text(Reason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return Text(reason.Key, reason.Args);
    }

    public static string Role(ColumnDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Localization.Text.Format(Message("Role" + decision.Role), decision.Detail ?? "");
    }

    /// <summary>The row rule in the project's words: "Status differs from Survey Preview / … — why".</summary>
    public static string Rule(RowRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var values = string.Join(" / ", rule.Values);
        var what = rule.Kind switch
        {
            RowRuleKind.NotEmpty => Texts.RowRuleNotEmpty,
            RowRuleKind.EqualsAny => Localization.Text.Format(Texts.RowRuleEquals, values),
            _ => Localization.Text.Format(Texts.RowRuleDiffers, values),
        };
        return $"{rule.Column} {what} — {Text(rule.Why)}";
    }

    /// <summary>The resource of a reason key: <c>col.id.duplicates</c> → <c>ColIdDuplicates</c>, <c>head.left-out</c> → <c>HeadLeftOut</c>.</summary>
    public static string ResourceName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Concat(key.Split('.', '-').Select(part => part.Length == 0 ? "" : char.ToUpperInvariant(part[0]) + part[1..]));
    }

    private static string Message(string name) =>
        Texts.ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"no message {name} in Resources/ImportMessages.resx");
}
