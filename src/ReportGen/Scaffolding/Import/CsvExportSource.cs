using System.Text;
using CsvHelper;
using ReportGen.Definitions;
using ReportGen.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Ingest.Sources;

namespace ReportGen.Scaffolding.Import;

/// <summary>A CSV export read as <see cref="IRowSource"/>, in the dialect <see cref="CsvSniffer"/> decided.</summary>
internal sealed class CsvExportSource : IRowSource
{
    private readonly Stream _stream;
    private readonly CsvReader _reader;
    private readonly List<Diagnostic> _malformed;

    private CsvExportSource(Stream stream, CsvReader reader, List<Diagnostic> malformed, SniffedDialect dialect)
    {
        _stream = stream;
        _reader = reader;
        _malformed = malformed;
        Dialect = dialect;
        Header = [.. reader.Headers.Select(h => h.Trim())];
    }

    public SniffedDialect Dialect { get; }

    /// <summary>Quoting problems met so far, as the build reports them.</summary>
    public IReadOnlyList<Diagnostic> Malformed => _malformed;

    public IReadOnlyList<string> Header { get; }

    public int HeaderLine => 1;

    public int LineNumber => (int)_reader.LineNumber;

    public int FieldCount => _reader.FieldCount;

    public string Describe => $"CSV, {CsvSniffer.Show(Dialect.Delimiter)}, {Dialect.Encoding}{(Dialect.Bom ? " (byte order mark)" : "")}";

    public static CsvExportSource Open(string path, string display, SniffedDialect dialect, int limit)
    {
        var malformed = new List<Diagnostic>();
        var encoding = EncodingNames.Resolve(dialect.Encoding);
        var options = CsvInput.Options(new CsvDialect(dialect.Delimiter, dialect.Encoding, null), encoding, display, malformed, limit);
        var stream = InputFile.Open(path, display, CsvInput.DataLimit, "export");
        try
        {
            var reader = CsvReader.Create(stream, options, leaveOpen: true);
            return new CsvExportSource(stream, reader, malformed, dialect);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public bool Read() => _reader.Read();

    public ReadOnlySpan<byte> GetSpan(int index) => _reader.GetSpan(index);

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
