namespace ReportGen.Tests.BadInput.Setups;

/// <summary>The templates folder is a symbolic link to /etc, where a file named like the article's template is published as written.</summary>
public sealed class TemplatesFolderLink : ICorpusSetup
{
    public string Name => "templates-folder-link";

    public void Apply(CorpusContext context)
    {
        Directory.Delete(context.Path("templates"), recursive: true);
        Directory.CreateSymbolicLink(context.Path("templates"), "/etc");
        File.WriteAllText(context.ProjectFile, File.ReadAllText(context.ProjectFile).Replace("newsletter: newsletter.md.sbn", "newsletter: passwd", StringComparison.Ordinal));
    }
}
