using System.Text;

namespace ReportGen.Ingest.Spss;

/// <summary>How the cases of a system file are stored (header field <c>compression</c>).</summary>
public enum SavCompression
{
    /// <summary>Each case as its 8-byte elements, as they are.</summary>
    None = 0,

    /// <summary>SPSS bytecode compression: blocks of eight command bytes (1–251 small integers, 253 raw, 254 spaces, 255 sysmis).</summary>
    Bytecode = 1,

    /// <summary>ZSAV: the bytecode stream cut into zlib-compressed blocks, indexed by a trailer (<c>.zsav</c>).</summary>
    Zlib = 2,
}

/// <summary>A print or write format: type (5 = F, 1 = A, 20 = DATE…), width and decimals.</summary>
public readonly record struct SavFormat(int Type, int Width, int Decimals)
{
    internal static SavFormat From(int packed) => new((packed >> 16) & 0xFF, (packed >> 8) & 0xFF, packed & 0xFF);

    /// <summary>A date format (DATE, ADATE, EDATE, JDATE, SDATE): the value is seconds since 14 October 1582.</summary>
    public bool IsDate => Type is 20 or 23 or 24 or 38 or 39;

    /// <summary>A date-and-time format (DATETIME, YMDHMS).</summary>
    public bool IsDateTime => Type is 22 or 41;
}

/// <summary>A value label: a numeric code or a string value, and its label.</summary>
/// <param name="Number">The code of a numeric variable; null for a string variable.</param>
/// <param name="Text">The value of a string variable, right-trimmed; null for a numeric variable.</param>
/// <param name="Label">The label.</param>
public sealed record SavValueLabel(double? Number, string? Text, string Label);

/// <summary>
/// The user-missing values of a variable: up to three discrete values, or a range and at most one discrete value
/// (numeric variables only). A range bound written <c>LO</c> or <c>HI</c> in SPSS is <see cref="double.NegativeInfinity"/>
/// or <see cref="double.PositiveInfinity"/>.
/// </summary>
public sealed record SavMissingValues(IReadOnlyList<double> Numbers, IReadOnlyList<string> Texts, double? RangeLow, double? RangeHigh)
{
    public static SavMissingValues None { get; } = new([], [], null, null);

    public bool IsEmpty => Numbers.Count == 0 && Texts.Count == 0 && RangeLow is null;

    /// <summary>Whether the numeric <paramref name="value"/> is user-missing (system-missing is not).</summary>
    public bool IsMissing(double value) =>
        Numbers.Contains(value) || (RangeLow is { } low && RangeHigh is { } high && value >= low && value <= high);

    /// <summary>Whether the string <paramref name="value"/> (right-trimmed) is user-missing.</summary>
    public bool IsMissing(string value) => Texts.Contains(value, StringComparer.Ordinal);
}

/// <summary>One variable of the dictionary (a column).</summary>
public sealed class SavVariable
{
    internal SavVariable(int index, string shortName, int width, int element, SavFormat print)
    {
        Index = index;
        ShortName = shortName;
        Name = shortName;
        Width = width;
        Element = element;
        PrintFormat = print;
    }

    /// <summary>0-based position among the variables (continuation records and very long string segments are not variables).</summary>
    public int Index { get; }

    /// <summary>The 8-byte name of the variable record, upper case in most files.</summary>
    public string ShortName { get; }

    /// <summary>The name as the user gave it: the long name (extension record 13) or else the short name.</summary>
    public string Name { get; internal set; }

    /// <summary>The variable label, or null.</summary>
    public string? Label { get; internal set; }

    /// <summary>0 for a numeric variable, else the string width in bytes (a very long string: its whole width).</summary>
    public int Width { get; internal set; }

    public bool IsString => Width > 0;

    /// <summary>The print format (for a numeric variable, its decimals and whether it is a date).</summary>
    public SavFormat PrintFormat { get; }

    /// <summary>The value labels, in the order of the file.</summary>
    public IReadOnlyList<SavValueLabel> ValueLabels => Labels;

    /// <summary>The user-missing values.</summary>
    public SavMissingValues MissingValues { get; internal set; } = SavMissingValues.None;

    /// <summary>The first 8-byte element of the variable in a case.</summary>
    internal int Element { get; }

    /// <summary>How many 8-byte elements the variable's records take (a very long string: all its segments).</summary>
    internal int Elements { get; set; } = 1;

    internal List<SavValueLabel> Labels { get; } = [];

    public override string ToString() => Width == 0 ? $"{Name} (numeric)" : $"{Name} (string, {Width})";
}

/// <summary>What the dictionary of a system file says: variables, labels, missing values, file label, encoding, case count.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "SPSS calls this part of a system file its dictionary; it is no collection.")]
public sealed class SavDictionary
{
    internal SavDictionary(IReadOnlyList<SavVariable> variables, string productName, string fileLabel, bool bigEndian, SavCompression compression,
        long? caseCount, Encoding encoding, string encodingName, IReadOnlyList<string> documents, SavVariable? weight, int elementsPerCase)
    {
        Variables = variables;
        ProductName = productName;
        FileLabel = fileLabel;
        BigEndian = bigEndian;
        Compression = compression;
        CaseCount = caseCount;
        Encoding = encoding;
        EncodingName = encodingName;
        Documents = documents;
        Weight = weight;
        ElementsPerCase = elementsPerCase;
    }

    /// <summary>The variables, in dictionary order (very long strings as one variable).</summary>
    public IReadOnlyList<SavVariable> Variables { get; }

    /// <summary>The product that wrote the file, from the header ("@(#) SPSS DATA FILE GNU pspp 1.6.2…", "@(#) SPSS DATA FILE - https://github.com/WizardMac/ReadStat").</summary>
    public string ProductName { get; }

    /// <summary>The file label (<c>FILE LABEL</c>), right-trimmed; empty when none.</summary>
    public string FileLabel { get; }

    /// <summary>The byte order of the file (from the header's layout code).</summary>
    public bool BigEndian { get; }

    public SavCompression Compression { get; }

    /// <summary>The number of cases, when the header (or extension record 16) says it; null when the writer did not know.</summary>
    public long? CaseCount { get; }

    /// <summary>The encoding of the dictionary and the string values.</summary>
    public Encoding Encoding { get; }

    /// <summary>How the encoding was found: "UTF-8", "windows-1252 (code page 1252)", "windows-1252 (assumed: the file names none)".</summary>
    public string EncodingName { get; }

    /// <summary>The lines of the documents record (<c>DOCUMENT</c>), right-trimmed.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>The weight variable (<c>WEIGHT BY</c>), or null.</summary>
    public SavVariable? Weight { get; }

    /// <summary>The 8-byte elements of one case.</summary>
    internal int ElementsPerCase { get; }

    /// <summary>The variable named <paramref name="name"/> (long or short name, case-insensitive as in SPSS), or null.</summary>
    public SavVariable? Find(string name) =>
        Variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? Variables.FirstOrDefault(v => string.Equals(v.ShortName, name, StringComparison.OrdinalIgnoreCase));
}
