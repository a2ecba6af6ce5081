using System.Globalization;

namespace ReportGen.Localization;

/// <summary>
/// Fills a message of the resources (<c>ReportGen.Resources.*</c>, in the language of <see cref="UiLanguage"/>) with
/// its arguments, formatted in the invariant culture: <c>Text.Format(IngestMessages.OffScale, answer, column)</c>.
/// </summary>
public static class Text
{
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
