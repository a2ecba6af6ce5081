using System.ComponentModel;
using System.Globalization;
using ReportGen.Cli.Resources;

namespace ReportGen.Cli;

/// <summary>
/// The help text of a command's option or argument, read from <c>Resources/CliMessages.resx</c> by its key in the
/// language of the run (<see cref="CultureInfo.CurrentUICulture"/>, which <c>--lang</c> or the locale set): Spectre reads
/// <see cref="DescriptionAttribute.Description"/> when it writes the help, so the help follows the language.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false)]
public sealed class LocalizedDescriptionAttribute(string key) : DescriptionAttribute
{
    /// <summary>The key of the text in <c>CliMessages.resx</c> (a test checks that every key exists).</summary>
    public string Key { get; } = key;

    public override string Description => CliMessages.ResourceManager.GetString(Key, CultureInfo.CurrentUICulture) ?? Key;
}
