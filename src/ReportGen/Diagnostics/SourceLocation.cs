namespace ReportGen.Diagnostics;

/// <summary>A place in an input file. Line and column are 1-based; 0 means "not known".</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() => (Line, Column) switch
    {
        (0, _) => File,
        (_, 0) => $"{File}({Line})",
        _ => $"{File}({Line},{Column})",
    };
}
