using System.Globalization;
using System.Reflection;
using ReportGen.Cli;
using ReportGen.Cli.Resources;
using Spectre.Console.Cli;

namespace ReportGen.Tests.Cli;

/// <summary>Every option and argument of every command is described through the resources, in both languages.</summary>
public sealed class LocalizedDescriptionAttributeTests
{
    private static IEnumerable<PropertyInfo> Parameters() =>
        typeof(ReportGenApp).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null || p.GetCustomAttribute<CommandArgumentAttribute>() is not null)
            .Distinct();

    [Fact]
    public void Every_option_and_argument_has_a_localized_description_whose_key_exists_in_both_languages()
    {
        var parameters = Parameters().ToList();
        Assert.True(parameters.Count >= 20, $"only {parameters.Count} options found");
        var english = CliMessages.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var french = CliMessages.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo("fr"), createIfNotExists: true, tryParents: false)!;
        foreach (var parameter in parameters)
        {
            var where = $"{parameter.DeclaringType!.Name}.{parameter.Name}";
            var attribute = parameter.GetCustomAttribute<LocalizedDescriptionAttribute>();
            Assert.True(attribute is not null, $"{where} has no [LocalizedDescription]");
            Assert.False(string.IsNullOrWhiteSpace(english.GetString(attribute.Key)), $"{where}: no English text for {attribute.Key}");
            Assert.False(string.IsNullOrWhiteSpace(french.GetString(attribute.Key)), $"{where}: no French text for {attribute.Key}");
        }
    }

    [Fact]
    public void The_description_follows_the_language_of_the_flow()
    {
        var attribute = new LocalizedDescriptionAttribute("OptProject");
        Assert.Equal("The project file (default: data/reportgen.yaml).", attribute.Description);
        using (ReportGen.Localization.UiLanguage.Use(ReportGen.Localization.Language.French))
        {
            Assert.Equal("Le fichier de projet (par défaut\u00a0: data/reportgen.yaml).", attribute.Description);
        }
    }
}
