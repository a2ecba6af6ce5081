namespace ReportGen.Ingest.Spss;

/// <summary>What is wrong with a file that <see cref="SavReader"/> cannot read.</summary>
public enum SavProblem
{
    /// <summary>Not an SPSS system file at all (no <c>$FL2</c>/<c>$FL3</c> signature).</summary>
    NotSystemFile,

    /// <summary>The file ends inside the dictionary or inside a case.</summary>
    Truncated,

    /// <summary>A record or a case holds what the format does not allow.</summary>
    Corrupt,

    /// <summary>A valid file that uses what this reader does not read (non-IEEE numbers, an unknown encoding…).</summary>
    Unsupported,
}

/// <summary>
/// A system file that cannot be read, with where: the byte offset of the record for the dictionary, the case number
/// (the first case is 1) and the variable for a case.
/// </summary>
public sealed class SavFormatException : Exception
{
    public SavFormatException(SavProblem problem, string message, long offset, long caseNumber = 0, SavVariable? variable = null)
        : base(message)
    {
        Problem = problem;
        Offset = offset;
        CaseNumber = caseNumber;
        Variable = variable;
    }

    public SavFormatException()
        : this(SavProblem.Corrupt, "corrupt system file", 0)
    {
    }

    public SavFormatException(string message)
        : this(SavProblem.Corrupt, message, 0)
    {
    }

    public SavFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = SavProblem.Corrupt;
    }

    public SavProblem Problem { get; }

    /// <summary>The byte offset in the file (for a ZSAV case: in the decompressed data) where the problem was found.</summary>
    public long Offset { get; }

    /// <summary>
    /// Whether the message already names the byte offset ("… at byte offset 412 …"), so that the diagnostic does not
    /// add it again; set by the thrower, whatever the language of the message.
    /// </summary>
    public bool NamesOffset { get; init; }

    /// <summary>The case being read (1-based), or 0 in the dictionary.</summary>
    public long CaseNumber { get; }

    /// <summary>The variable being read in that case, when known.</summary>
    public SavVariable? Variable { get; }
}
