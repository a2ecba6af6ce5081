namespace ReportGen;

/// <summary>Paths as users read them in messages: relative to where they ran the command, with forward slashes.</summary>
public static class ProjectPaths
{
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) && CountParents(relative) > 2 ? full : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>A path relative to <paramref name="root"/>, with forward slashes, for manifests.</summary>
    public static string RelativeTo(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static int CountParents(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).TakeWhile(p => p == "..").Count();
}
