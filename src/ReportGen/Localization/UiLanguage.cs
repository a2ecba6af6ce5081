using System.Globalization;

namespace ReportGen.Localization;

/// <summary>The languages ReportGen speaks to its user in: its messages, hints, help, tables and progress.</summary>
public enum Language
{
    English,
    French,
}

/// <summary>
/// The language of the messages, chosen once by the command line: French when <c>LC_ALL</c>, <c>LC_MESSAGES</c> or
/// <c>LANG</c> (the first one set, in that order, as POSIX reads them) starts with <c>fr</c>, English otherwise;
/// <c>--lang</c> overrides. It is carried by <see cref="CultureInfo.CurrentUICulture"/>, which .NET's resource
/// lookup reads and which flows into the tasks and parallel loops a build starts; the formatting culture stays
/// invariant, so numbers in messages never change with the language, and no document ever depends on it (the
/// documents are French whatever the user's locale).
/// </summary>
public static class UiLanguage
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr");

    /// <summary>The language of the messages now: French when the UI culture is French, English otherwise.</summary>
    public static Language Current => CultureInfo.CurrentUICulture.Name.StartsWith("fr", StringComparison.Ordinal) ? Language.French : Language.English;

    /// <summary>The culture that selects the language's resources.</summary>
    public static CultureInfo Culture(Language language) => language == Language.French ? FrenchCulture : CultureInfo.InvariantCulture;

    /// <summary>French when LC_ALL, LC_MESSAGES or LANG (the first one set and not empty) starts with "fr"; else English.</summary>
    public static Language FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (variable(name) is { Length: > 0 } value)
            {
                return value.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Language.French : Language.English;
            }
        }

        return Language.English;
    }

    /// <summary>"fr" or "en" (any case, spaces aside) as a language; null for anything else.</summary>
    public static Language? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "fr" => Language.French,
        "en" => Language.English,
        _ => null,
    };

    /// <summary>Speaks <paramref name="language"/> in the current flow of execution until the scope is disposed.</summary>
    public static Scope Use(Language language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture(language);
        return new Scope(previous);
    }

    /// <summary>Restores the language that was spoken before <see cref="Use"/>.</summary>
    public readonly struct Scope(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
