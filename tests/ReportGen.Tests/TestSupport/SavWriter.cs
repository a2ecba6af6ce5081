using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Tests.TestSupport;

/// <summary>
/// A minimal writer of SPSS system files, for what the real producers cannot make here: big-endian files, files of a
/// million cases fast (the memory benchmark), and hand-made damage. Numeric and string variables up to 255 bytes,
/// variable and value labels on numbers, UTF-8, bytecode-compressed or not. Variable names must be 8 bytes at most.
/// Shared with the benchmark project (linked there).
/// </summary>
internal sealed class SavWriter : IDisposable
{
    private const double Bias = 100;
    private const double Sysmis = -double.MaxValue;

    private readonly Stream _stream;
    private readonly bool _big;
    private readonly bool _compressed;
    private readonly byte[] _commands = new byte[8];
    private readonly byte[] _pending = new byte[64];
    private readonly byte[] _word = new byte[8];
    private int _commandCount;
    private int _pendingBytes;
    private IReadOnlyList<Variable> _variables = [];
    private int _next;

    public SavWriter(Stream stream, bool bigEndian = false, bool compressed = true)
    {
        _stream = stream;
        _big = bigEndian;
        _compressed = compressed;
    }

    /// <summary>A variable: width 0 for numeric, else the string width (1–255).</summary>
    public sealed record Variable(string Name, int Width = 0, string? Label = null, IReadOnlyList<(double Value, string Label)>? ValueLabels = null,
        double? MissingValue = null);

    public void WriteDictionary(IReadOnlyList<Variable> variables, int caseCount, string fileLabel = "")
    {
        _variables = variables;
        var elements = variables.Sum(v => v.Width == 0 ? 1 : (v.Width + 7) / 8);
        Ascii("$FL2");
        Ascii(Pad("@(#) SPSS DATA FILE ReportGen test writer", 60));
        Int(2);
        Int(elements);
        Int(_compressed ? 1 : 0);
        Int(0);
        Int(caseCount);
        Double(Bias);
        Ascii("01 Jan 24");
        Ascii("00:00:00");
        Bytes(PadBytes(Encoding.UTF8.GetBytes(fileLabel), 64));
        Ascii("   ");
        var element = 1;
        var starts = new List<int>();
        foreach (var variable in variables)
        {
            starts.Add(element);
            Int(2);
            Int(variable.Width);
            Int(variable.Label is null ? 0 : 1);
            Int(variable.MissingValue is null ? 0 : 1);
            var format = variable.Width == 0 ? (5 << 16) | (8 << 8) | 2 : (1 << 16) | (variable.Width << 8);
            Int(format);
            Int(format);
            Ascii(Pad(variable.Name.ToUpperInvariant(), 8));
            if (variable.Label is not null)
            {
                var label = Encoding.UTF8.GetBytes(variable.Label);
                Int(label.Length);
                Bytes(PadBytes(label, (label.Length + 3) / 4 * 4));
            }

            if (variable.MissingValue is { } missing)
            {
                Double(missing);
            }

            element++;
            for (var i = 1; i < (variable.Width + 7) / 8; i++)
            {
                Int(2);
                Int(-1);
                Int(0);
                Int(0);
                Int(0x011D0800);
                Int(0x011D0800);
                Ascii("        ");
                element++;
            }
        }

        for (var i = 0; i < variables.Count; i++)
        {
            if (variables[i].ValueLabels is not { Count: > 0 } labels)
            {
                continue;
            }

            Int(3);
            Int(labels.Count);
            foreach (var (value, text) in labels)
            {
                Double(value);
                var bytes = Encoding.UTF8.GetBytes(text);
                _stream.WriteByte((byte)bytes.Length);
                Bytes(PadBytes(bytes, ((bytes.Length + 8) / 8 * 8) - 1));
            }

            Int(4);
            Int(1);
            Int(starts[i]);
        }

        Extension(3, 4, [12, 0, 0, -1, 1, 1, _big ? 1 : 2, 65001]);
        Int(7);
        Int(4);
        Int(8);
        Int(3);
        Double(Sysmis);
        Double(double.MaxValue);
        Double(-BitConverter.Int64BitsToDouble(0x7FEF_FFFF_FFFF_FFFE));
        var encoding = Encoding.ASCII.GetBytes("UTF-8");
        Int(7);
        Int(20);
        Int(1);
        Int(encoding.Length);
        Bytes(encoding);
        Int(999);
        Int(0);
    }

    /// <summary>The next numeric value of the case (null: system-missing).</summary>
    public void Number(double? value)
    {
        if (!_compressed)
        {
            Double(value ?? Sysmis);
        }
        else if (value is null)
        {
            Command(255);
        }
        else if (value.Value == Math.Floor(value.Value) && value.Value is >= 1 - Bias and <= 251 - Bias)
        {
            Command((byte)(value.Value + Bias));
        }
        else
        {
            Raw(value.Value);
        }

        Advance();
    }

    /// <summary>The next string value of the case, padded with spaces to its width.</summary>
    public void Text(string value)
    {
        var width = _variables[_next].Width;
        var bytes = PadBytes(Encoding.UTF8.GetBytes(value), (width + 7) / 8 * 8);
        for (var at = 0; at < bytes.Length; at += 8)
        {
            var chunk = bytes.AsSpan(at, 8);
            if (!_compressed)
            {
                _stream.Write(chunk);
            }
            else if (chunk.IndexOfAnyExcept((byte)' ') < 0)
            {
                Command(254);
            }
            else
            {
                Command(253, chunk);
            }
        }

        Advance();
    }

    /// <summary>Ends the data: the end-of-data code of a compressed file.</summary>
    public void Finish()
    {
        if (_compressed && _commandCount > 0)
        {
            Command(252);
            while (_commandCount != 0)
            {
                Command(0);
            }
        }

        _stream.Flush();
    }

    public void Dispose() => _stream.Dispose();

    private void Advance() => _next = (_next + 1) % _variables.Count;

    private void Raw(double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        if (_big)
        {
            BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        }
        else
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        }

        Command(253, bytes);
    }

    /// <summary>A command and the 8 bytes it announces (253): the data of a block follows the block.</summary>
    private void Command(byte code, ReadOnlySpan<byte> data = default)
    {
        _commands[_commandCount++] = code;
        data.CopyTo(_pending.AsSpan(_pendingBytes));
        _pendingBytes += data.Length;
        if (_commandCount == 8)
        {
            _stream.Write(_commands);
            _stream.Write(_pending, 0, _pendingBytes);
            _commandCount = 0;
            _pendingBytes = 0;
        }
    }

    private void Extension(int subtype, int size, int[] values)
    {
        Int(7);
        Int(subtype);
        Int(size);
        Int(values.Length);
        foreach (var value in values)
        {
            Int(value);
        }
    }

    private void Int(int value)
    {
        if (_big)
        {
            BinaryPrimitives.WriteInt32BigEndian(_word, value);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(_word, value);
        }

        _stream.Write(_word, 0, 4);
    }

    private void Double(double value)
    {
        if (_big)
        {
            BinaryPrimitives.WriteDoubleBigEndian(_word, value);
        }
        else
        {
            BinaryPrimitives.WriteDoubleLittleEndian(_word, value);
        }

        _stream.Write(_word, 0, 8);
    }

    private void Ascii(string text) => Bytes(Encoding.ASCII.GetBytes(text));

    private void Bytes(byte[] bytes) => _stream.Write(bytes);

    private static string Pad(string text, int length) => text.PadRight(length)[..length];

    private static byte[] PadBytes(byte[] bytes, int length)
    {
        var padded = new byte[length];
        padded.AsSpan().Fill((byte)' ');
        bytes.AsSpan(0, Math.Min(bytes.Length, length)).CopyTo(padded);
        return padded;
    }
}
