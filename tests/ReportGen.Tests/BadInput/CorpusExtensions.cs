using ReportGen.Tests.TestSupport;

namespace ReportGen.Tests.BadInput;

/// <summary>
/// What a corpus case runs in: the project (a copy of <c>Corpus/_base</c> with the case's files laid over it), the
/// output folder, the command line. A <see cref="ICorpusSetup"/> may change any of them before the run.
/// </summary>
public sealed class CorpusContext : IDisposable
{
    private readonly List<Action> _cleanup = [];
    private readonly List<IDisposable> _held = [];

    internal CorpusContext(TempProject project, string name)
    {
        Project = project;
        Name = name;
        OutDir = project.OutDir;
    }

    /// <summary>The case's name, as in its YAML file.</summary>
    public string Name { get; }

    internal TempProject Project { get; }

    /// <summary>The project's folder.</summary>
    public string Directory => Project.Directory;

    /// <summary>A path inside the project's folder.</summary>
    public string Path(string relative) => Project.Path(relative);

    /// <summary>The project file passed to the command.</summary>
    public string ProjectFile { get; set; } = "";

    /// <summary>The <c>--out</c> folder passed to the command (null: no <c>--out</c>, the project's default).</summary>
    public string? OutDir { get; set; }

    /// <summary>Whether a complete previous build is put in <see cref="OutDir"/> first (default), so that a failure can be seen to keep it.</summary>
    public bool PreviousOutput { get; set; } = true;

    /// <summary>Arguments after <c>build PROJECT --out DIR</c>.</summary>
    public List<string> ExtraArgs { get; } = [];

    /// <summary>Undone after the case, in reverse order (permissions given back, say).</summary>
    public void OnCleanup(Action action) => _cleanup.Add(action);

    /// <summary>Kept open during the run (a lock held by "another build").</summary>
    public void Hold(IDisposable resource) => _held.Add(resource);

    internal void ReleaseHeld()
    {
        foreach (var resource in _held)
        {
            resource.Dispose();
        }

        _held.Clear();
    }

    public void Dispose()
    {
        ReleaseHeld();
        for (var i = _cleanup.Count - 1; i >= 0; i--)
        {
            _cleanup[i]();
        }
    }
}

/// <summary>
/// A change to a corpus case's environment, named by the case's <c>setup:</c>. Implementations are found by
/// reflection, so each family keeps its setups in a file of its own (<c>Setups/*.cs</c>).
/// </summary>
public interface ICorpusSetup
{
    string Name { get; }

    void Apply(CorpusContext context);

    /// <summary>Checks of the case's own, after the run and the common checks.</summary>
    void Verify(CorpusContext context, int exitCode, string standardError)
    {
    }
}

/// <summary>
/// A seeded input too large to commit, named by the case's <c>generate:</c> and written over the file named by
/// <c>replaces:</c>. Found by reflection, like <see cref="ICorpusSetup"/>.
/// </summary>
public interface ICorpusGenerator
{
    string Name { get; }

    /// <summary>Writes the input to <paramref name="path"/>; <paramref name="baseDirectory"/> holds the base project.</summary>
    void Write(string path, string baseDirectory);
}

internal static class CorpusPlugins
{
    public static IReadOnlyDictionary<string, ICorpusSetup> Setups { get; } = Find<ICorpusSetup>(s => s.Name);

    public static IReadOnlyDictionary<string, ICorpusGenerator> Generators { get; } = Find<ICorpusGenerator>(g => g.Name);

    private static Dictionary<string, T> Find<T>(Func<T, string> name) =>
        typeof(CorpusPlugins).Assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToDictionary(name, StringComparer.Ordinal);
}
