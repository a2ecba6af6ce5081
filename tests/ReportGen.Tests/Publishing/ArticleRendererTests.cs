using ReportGen.Diagnostics;
using ReportGen.Publishing;

namespace ReportGen.Tests.Publishing;

public sealed class ArticleRendererTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    public ArticleRendererTests() => Directory.CreateDirectory(Path.Combine(_dir, "templates"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ArticleModel Model() => new(
        "Office", "Enquête", null, "2024", "1er juin 2024", null, null, null, null, null, "4\u00A0000", 4000, false,
        "« Très satisfait »", "", "95\u202F%", null, null, 30, 10, [], [], [], [], "test");

    private string Render(string template, string name = "t.sbn")
    {
        File.WriteAllText(Path.Combine(_dir, "templates", name), template);
        return ArticleRenderer.Render(TemplateSource.FromDirectory(Path.Combine(_dir, "templates"), name), Model());
    }

    private static Diagnostic Single(Action action) => Assert.Single(Assert.Throws<BadInputException>(action).Diagnostics);

    [Fact]
    public void Renders_model_members_in_snake_case() =>
        Assert.Equal("Office : 4\u00A0000 (1er juin 2024)", Render("{{ organisation }} : {{ respondents }} ({{ publication_date }})"));

    [Fact]
    public void Syntax_error_names_the_template_file_line_and_column()
    {
        var diagnostic = Assert.Throws<BadInputException>(() => Render("ligne 1\nligne 2 {{ for x in }}\n")).Diagnostics[0];
        Assert.Equal(DiagnosticCodes.TemplateError, diagnostic.Code);
        Assert.EndsWith("templates/t.sbn", diagnostic.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.True(diagnostic.Location.Column > 1);
    }

    [Fact]
    public void Undefined_variable_is_an_error_with_its_place()
    {
        var diagnostic = Single(() => Render("Bonjour\n  {{ organisaton }}"));
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(6, diagnostic.Location.Column);
        Assert.Contains("organisaton", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clock_is_not_available_to_templates()
    {
        var diagnostic = Single(() => Render("{{ date.now }}"));
        Assert.Equal(DiagnosticCodes.TemplateNotDeterministic, diagnostic.Code);
        Assert.Contains("publication_date", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_loops_are_stopped() =>
        Assert.Equal(DiagnosticCodes.TemplateError, Single(() => Render("{{ while true }}x{{ end }}")).Code);

    [Fact]
    public void Includes_resolve_inside_the_templates_folder_only()
    {
        File.WriteAllText(Path.Combine(_dir, "templates", "part.sbn"), "partie {{ period }}");
        File.WriteAllText(Path.Combine(_dir, "secret.txt"), "secret");
        Assert.Equal("[partie 2024]", Render("[{{ include 'part.sbn' }}]"));
        var diagnostic = Single(() => Render("{{ include '../secret.txt' }}"));
        Assert.Contains("templates folder", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.TemplateOutside, Single(() => Render("{{ include '/etc/passwd' }}")).Code);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_templates_folder_is_refused_and_one_inside_followed()
    {
        File.WriteAllText(Path.Combine(_dir, "outside.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(_dir, "templates", "leak.sbn"), Path.Combine(_dir, "outside.txt"));
        File.WriteAllText(Path.Combine(_dir, "templates", "real.sbn"), "dedans");
        File.CreateSymbolicLink(Path.Combine(_dir, "templates", "alias.sbn"), "real.sbn");

        var diagnostic = Single(() => Render("{{ include 'leak.sbn' }}"));

        Assert.Equal(DiagnosticCodes.TemplateOutside, diagnostic.Code);
        Assert.Equal(1, diagnostic.Location.Line);
        Assert.DoesNotContain("secret", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Equal("dedans", Render("{{ include 'alias.sbn' }}"));
        Assert.Equal(DiagnosticCodes.TemplateOutside, Single(() => ArticleRenderer.Render(TemplateSource.FromDirectory(Path.Combine(_dir, "templates"), "leak.sbn"), Model())).Code);
    }

    [Theory]
    [InlineData("{{ math.random 1 10 }}", "math.random", 1)]
    [InlineData("{{ math.uuid }}", "math.uuid", 1)]
    [InlineData("{{ date.utc_now }}", "date.utc_now", 1)]
    [InlineData("a\n{{ x = date.now }}", "date.now", 2)]
    public void Functions_whose_result_changes_between_runs_refuse_with_their_line(string template, string name, int line)
    {
        var diagnostic = Single(() => Render(template));
        Assert.Equal(DiagnosticCodes.TemplateNotDeterministic, diagnostic.Code);
        Assert.StartsWith($"{name} is not available", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(line, diagnostic.Location.Line);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_with_the_closest_member()
    {
        var model = Model() with { Indicators = [new ArticleIndicator("a", "Accueil", "satisfaits de l’accueil", "t", "80 %", 0.8, "100", 100, "100", null, null, null, null, "ok", false, false, null, null)] };
        File.WriteAllText(Path.Combine(_dir, "templates", "m.sbn"), "{{ for i in indicators }}{{ i.statment }}{{ end }}");
        var diagnostic = Single(() => ArticleRenderer.Render(TemplateSource.FromDirectory(Path.Combine(_dir, "templates"), "m.sbn"), model));

        Assert.Equal(DiagnosticCodes.TemplateUnknownMember, diagnostic.Code);
        Assert.StartsWith("did you mean 'statement'?", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Equal("satisfaits de l’accueil", RenderWith(model, "{{ for i in indicators }}{{ i.statement }}{{ end }}"));
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_with_the_closest_name() =>
        Assert.StartsWith("did you mean 'organisation'?", Single(() => Render("{{ organisaton }}")).Hint, StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ organisation.length }}")]
    [InlineData("{{ organisation.get_type }}")]
    [InlineData("{{ (\"2024-01-01\" | date.parse).ticks }}")]
    public void No_net_member_is_reachable(string template) =>
        Assert.Equal(DiagnosticCodes.TemplateUnknownMember, Single(() => Render(template)).Code);

    private string RenderWith(ArticleModel model, string template)
    {
        File.WriteAllText(Path.Combine(_dir, "templates", "w.sbn"), template);
        return ArticleRenderer.Render(TemplateSource.FromDirectory(Path.Combine(_dir, "templates"), "w.sbn"), model);
    }

    [Fact]
    public void Built_in_templates_are_embedded()
    {
        Assert.Contains("newsletter.md.sbn", TemplateSource.BuiltInNames());
        var source = TemplateSource.Embedded("newsletter.md.sbn");
        Assert.True(source.BuiltIn);
        Assert.Equal(File.ReadAllBytes(TestSupport.Repo.Path("templates", "newsletter.md.sbn")), source.ReadBytes("newsletter.md.sbn"));
    }
}
