using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ReportGen.Resources;
using static ReportGen.Localization.Text;

namespace ReportGen.Ingest.Spss;

/// <summary>
/// A streaming reader of SPSS system files (<c>.sav</c>, <c>.zsav</c>), written against the published format (the
/// "System File Format" appendix of the GNU PSPP manual). The constructor reads the dictionary (header, variable
/// records with their continuations, value labels, documents, extension records 3, 4, 11, 13, 14, 16, 20, 21, 22;
/// others are skipped) into <see cref="Dictionary"/>; <see cref="ReadCase"/> then decodes one case at a time into a
/// buffer reused for the next, so memory does not grow with the file. Cases may be uncompressed, bytecode-compressed
/// or zlib-compressed (ZSAV), little or big endian (from the header's layout code). Numbers must be IEEE 754.
/// </summary>
/// <remarks>Everything wrong with the file is thrown as <see cref="SavFormatException"/>; I/O errors of the stream pass through.</remarks>
public sealed class SavReader : IDisposable
{
    /// <summary>The largest record of the dictionary read (a documents or extension record): real ones are kilobytes.</summary>
    public const int MaxRecordBytes = 64 << 20;

    /// <summary>The largest uncompressed ZSAV block accepted (writers use about 4 MB).</summary>
    private const int MaxZlibBlock = 64 << 20;

    /// <summary>
    /// A very long string of width <c>w</c> takes <c>ceil(w / 252)</c> segments, each a variable of width 255 but the
    /// last, of width <c>w - 252 (n - 1)</c>; the text fills each segment's 255 bytes in turn (the last keeps spare bytes).
    /// </summary>
    private const int SegmentText = 252;

    private static readonly DateTime Epoch = new(1582, 10, 14, 0, 0, 0, DateTimeKind.Unspecified);

    private readonly Input _file;
    private readonly bool _leaveOpen;
    private readonly Stream _stream;
    private readonly bool _big;
    private readonly double _bias;
    private readonly byte[] _case;
    private readonly int[] _elementVariable;
    private readonly byte[] _sysmisBytes = new byte[8];
    private readonly double _sysmis;
    private Input _data;
    private byte[] _scratch = new byte[256];

    // Bytecode state: one block of eight commands, consumed across case boundaries.
    private readonly byte[] _commands = new byte[8];
    private int _command = 8;
    private bool _ended;

    static SavReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads the dictionary from <paramref name="stream"/>, which is left at the first case.</summary>
    /// <param name="stream">The file, from its first byte.</param>
    /// <param name="reopen">For a ZSAV file on a stream that cannot seek: opens the file again from its start, to read the block index at its end.</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves <paramref name="stream"/> open.</param>
    /// <exception cref="SavFormatException">The file is not a system file, is truncated, corrupt or unsupported.</exception>
    public SavReader(Stream stream, Func<Stream>? reopen = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _file = new StreamInput(stream);
        var parser = new DictionaryParser(_file);
        Dictionary = parser.Parse();
        _big = Dictionary.BigEndian;
        _bias = parser.Bias;
        _sysmis = parser.Sysmis;
        WriteDouble(_sysmisBytes, _sysmis);
        _case = new byte[Dictionary.ElementsPerCase * 8];
        _elementVariable = new int[Dictionary.ElementsPerCase];
        foreach (var variable in Dictionary.Variables)
        {
            _elementVariable.AsSpan(variable.Element, variable.Elements).Fill(variable.Index);
        }

        _data = Dictionary.Compression == SavCompression.Zlib ? ZlibInput.Open(_file, stream, reopen, _big) : _file;
    }

    public SavDictionary Dictionary { get; }

    /// <summary>The number of the case last read (the first case is 1); 0 before the first.</summary>
    public long CaseNumber { get; private set; }

    /// <summary>
    /// Decodes the next case into the reader's buffer (read it with <see cref="GetNumber"/>, <see cref="IsSystemMissing"/>,
    /// <see cref="GetBytes"/>, <see cref="GetString"/>): false at the end of the data.
    /// </summary>
    /// <exception cref="SavFormatException">The case is truncated or corrupt.</exception>
    public bool ReadCase()
    {
        if (_ended || (Dictionary.CaseCount is { } count && CaseNumber >= count))
        {
            return false;
        }

        bool started;
        try
        {
            started = Dictionary.Compression == SavCompression.None ? ReadRaw() : ReadCompressed();
        }
        catch (SavFormatException ex) when (ex.CaseNumber == 0)
        {
            throw new SavFormatException(ex.Problem, ex.Message, ex.Offset, CaseNumber + 1);
        }

        if (!started)
        {
            _ended = true;
            if (Dictionary.CaseCount is { } expected && CaseNumber < expected)
            {
                throw new SavFormatException(SavProblem.Truncated,
                    Format(SpssMessages.SavDataEndsEarly, CaseNumber, expected), _data.Position, CaseNumber + 1);
            }

            return false;
        }

        CaseNumber++;
        return true;
    }

    /// <summary>Whether the numeric <paramref name="variable"/> is system-missing in the current case.</summary>
    public bool IsSystemMissing(SavVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable.IsString)
        {
            return false;
        }

        var value = GetNumber(variable);
        return value == _sysmis || double.IsNaN(value);
    }

    /// <summary>The value of the numeric <paramref name="variable"/> in the current case (system-missing is SPSS's -1.797…E308).</summary>
    public double GetNumber(SavVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var bytes = _case.AsSpan(variable.Element * 8, 8);
        return _big ? BinaryPrimitives.ReadDoubleBigEndian(bytes) : BinaryPrimitives.ReadDoubleLittleEndian(bytes);
    }

    /// <summary>
    /// The bytes of the string <paramref name="variable"/> in the current case, in the file's encoding, right-trimmed of
    /// spaces (and NULs); a very long string is reassembled from its segments. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> GetBytes(SavVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (!variable.IsString)
        {
            throw new InvalidOperationException($"{variable.Name} is numeric.");
        }

        ReadOnlySpan<byte> bytes;
        if (variable.Width <= 255)
        {
            bytes = _case.AsSpan(variable.Element * 8, variable.Width);
        }
        else
        {
            if (_scratch.Length < variable.Width)
            {
                _scratch = new byte[variable.Width];
            }

            var segments = (variable.Width + SegmentText - 1) / SegmentText;
            var written = 0;
            for (var segment = 0; segment < segments; segment++)
            {
                var length = segment < segments - 1 ? 255 : variable.Width - written;
                _case.AsSpan((variable.Element + (32 * segment)) * 8, length).CopyTo(_scratch.AsSpan(written));
                written += length;
            }

            bytes = _scratch.AsSpan(0, written);
        }

        var end = bytes.Length;
        while (end > 0 && bytes[end - 1] is (byte)' ' or 0)
        {
            end--;
        }

        return bytes[..end];
    }

    /// <summary>The string <paramref name="variable"/> of the current case, decoded and right-trimmed.</summary>
    public string GetString(SavVariable variable) => Dictionary.Encoding.GetString(GetBytes(variable));

    /// <summary>A date (or date-time) value as a <see cref="DateTime"/>, or null when it lies outside years 1–9999.</summary>
    public static DateTime? ToDateTime(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < -4.9e10 || seconds > 2.6e11)
        {
            return null;
        }

        var ticks = Epoch.Ticks + (long)Math.Round(seconds * TimeSpan.TicksPerSecond);
        return ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks ? null : new DateTime(ticks, DateTimeKind.Unspecified);
    }

    public void Dispose()
    {
        if (_data is IDisposable data && !ReferenceEquals(_data, _file))
        {
            data.Dispose();
        }

        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private bool ReadRaw()
    {
        var got = _data.Read(_case);
        if (got == 0)
        {
            return false;
        }

        if (got < _case.Length)
        {
            throw new SavFormatException(SavProblem.Truncated, Format(SpssMessages.SavEndsInsideCase, CaseNumber + 1), _data.Position,
                CaseNumber + 1, Variable(got / 8));
        }

        return true;
    }

    private bool ReadCompressed()
    {
        Span<byte> raw = stackalloc byte[8];
        for (var element = 0; element < _elementVariable.Length;)
        {
            if (_command == 8)
            {
                var got = _data.Read(_commands);
                if (got == 0 && element == 0)
                {
                    return false;
                }

                if (got < 8)
                {
                    throw Truncated(element);
                }

                _command = 0;
            }

            var code = _commands[_command++];
            var target = _case.AsSpan(element * 8, 8);
            switch (code)
            {
                case 0:
                    continue;
                case 252:
                    if (element == 0)
                    {
                        _command = 8;
                        return false;
                    }

                    throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavEndCodeInsideCase, CaseNumber + 1), _data.Position,
                        CaseNumber + 1, Variable(element));
                case 253:
                    if (_data.Read(raw) < 8)
                    {
                        throw Truncated(element);
                    }

                    raw.CopyTo(target);
                    break;
                case 254:
                    target.Fill((byte)' ');
                    break;
                case 255:
                    _sysmisBytes.CopyTo(target);
                    break;
                default:
                    WriteDouble(target, code - _bias);
                    break;
            }

            element++;
        }

        return true;
    }

    private SavFormatException Truncated(int element) =>
        new(SavProblem.Truncated, Format(SpssMessages.SavEndsInsideCase, CaseNumber + 1), _data.Position, CaseNumber + 1, Variable(element));

    private SavVariable? Variable(int element) =>
        element < _elementVariable.Length ? Dictionary.Variables[_elementVariable[element]] : null;

    private void WriteDouble(Span<byte> target, double value)
    {
        if (_big)
        {
            BinaryPrimitives.WriteDoubleBigEndian(target, value);
        }
        else
        {
            BinaryPrimitives.WriteDoubleLittleEndian(target, value);
        }
    }

    /// <summary>Bytes read in order, with the offset reached.</summary>
    private abstract class Input
    {
        public abstract long Position { get; }

        /// <summary>Fills <paramref name="buffer"/> unless the input ends first; returns how many bytes were read.</summary>
        public abstract int Read(Span<byte> buffer);
    }

    private sealed class StreamInput(Stream stream) : Input
    {
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private long _position;

        public override long Position => _position;

        public override int Read(Span<byte> buffer)
        {
            var total = 0;
            while (total < buffer.Length)
            {
                if (_start == _end)
                {
                    if (buffer.Length - total >= _buffer.Length)
                    {
                        var direct = stream.Read(buffer[total..]);
                        if (direct == 0)
                        {
                            break;
                        }

                        total += direct;
                        _position += direct;
                        continue;
                    }

                    _start = 0;
                    _end = stream.Read(_buffer);
                    if (_end == 0)
                    {
                        break;
                    }
                }

                var count = Math.Min(_end - _start, buffer.Length - total);
                _buffer.AsSpan(_start, count).CopyTo(buffer[total..]);
                _start += count;
                total += count;
                _position += count;
            }

            return total;
        }

        /// <summary>Skips <paramref name="count"/> bytes; false when the input ends first.</summary>
        public bool Skip(long count)
        {
            Span<byte> sink = stackalloc byte[4096];
            while (count > 0)
            {
                var got = Read(sink[..(int)Math.Min(count, sink.Length)]);
                if (got == 0)
                {
                    return false;
                }

                count -= got;
            }

            return true;
        }
    }

    /// <summary>The bytecode stream of a ZSAV file, inflated one block at a time (blocks located by the trailer).</summary>
    private sealed class ZlibInput : Input
    {
        private readonly Input _file;
        private readonly (long Uncompressed, long Compressed, int UncompressedSize, int CompressedSize)[] _blocks;
        private byte[] _compressed = [];
        private byte[] _block = [];
        private int _next;
        private int _start;
        private int _end;
        private long _position;

        private ZlibInput(Input file, (long, long, int, int)[] blocks)
        {
            _file = file;
            _blocks = blocks;
        }

        public override long Position => _position;

        public static ZlibInput Open(Input file, Stream stream, Func<Stream>? reopen, bool big)
        {
            var at = file.Position;
            Span<byte> header = stackalloc byte[24];
            if (file.Read(header) < 24)
            {
                throw new SavFormatException(SavProblem.Truncated, Format(SpssMessages.SavEndsInsideZsavHeader, at), at) { NamesOffset = true };
            }

            var zheader = Int64(header, big);
            var ztrailer = Int64(header[8..], big);
            var ztrailerLength = Int64(header[16..], big);
            if (zheader != at || ztrailer < at + 24 || ztrailerLength < 24 || ztrailerLength > MaxRecordBytes || (ztrailerLength - 24) % 24 != 0)
            {
                throw new SavFormatException(SavProblem.Corrupt,
                    Format(SpssMessages.SavZsavHeaderInconsistent, at, zheader, ztrailer, ztrailerLength), at)
                { NamesOffset = true };
            }

            var trailer = new byte[ztrailerLength];
            ReadTrailer(stream, reopen, ztrailer, trailer, at);
            var blockSize = Int32(trailer.AsSpan(16), big);
            var count = Int32(trailer.AsSpan(20), big);
            if (count != (ztrailerLength - 24) / 24 || blockSize <= 0 || blockSize > MaxZlibBlock)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavZsavTrailerInconsistent, ztrailer, count, blockSize), ztrailer) { NamesOffset = true };
            }

            var blocks = new (long, long, int, int)[count];
            var expected = at + 24;
            long uncompressed = zheader;
            for (var i = 0; i < count; i++)
            {
                var entry = trailer.AsSpan(24 + (24 * i));
                var block = (Int64(entry, big), Int64(entry[8..], big), Int32(entry[16..], big), Int32(entry[20..], big));
                if (block.Item2 != expected || block.Item1 != uncompressed || block.Item3 <= 0 || block.Item3 > blockSize
                    || block.Item4 <= 0 || block.Item4 > blockSize + (blockSize / 16) + 1024)
                {
                    throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavZsavTrailerBlockInconsistent, i + 1, ztrailer), ztrailer) { NamesOffset = true };
                }

                blocks[i] = block;
                expected += block.Item4;
                uncompressed += block.Item3;
            }

            if (expected != ztrailer)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavZsavBlocksEnd, expected, ztrailer), ztrailer) { NamesOffset = true };
            }

            return new ZlibInput(file, blocks) { _position = zheader };
        }

        public override int Read(Span<byte> buffer)
        {
            var total = 0;
            while (total < buffer.Length)
            {
                if (_start == _end && !NextBlock())
                {
                    break;
                }

                var count = Math.Min(_end - _start, buffer.Length - total);
                _block.AsSpan(_start, count).CopyTo(buffer[total..]);
                _start += count;
                total += count;
                _position += count;
            }

            return total;
        }

        private bool NextBlock()
        {
            if (_next == _blocks.Length)
            {
                return false;
            }

            var (uncompressedAt, compressedAt, size, compressedSize) = _blocks[_next++];
            if (_compressed.Length < compressedSize)
            {
                _compressed = new byte[compressedSize];
            }

            if (_block.Length < size)
            {
                _block = new byte[size];
            }

            if (_file.Read(_compressed.AsSpan(0, compressedSize)) < compressedSize)
            {
                throw new SavFormatException(SavProblem.Truncated, Format(SpssMessages.SavEndsInsideZsavBlock, _next, compressedAt), uncompressedAt) { NamesOffset = true };
            }

            int inflated;
            try
            {
                using var zlib = new ZLibStream(new MemoryStream(_compressed, 0, compressedSize), CompressionMode.Decompress);
                inflated = zlib.ReadAtLeast(_block.AsSpan(0, size), size, throwOnEndOfStream: false);
                Span<byte> extra = stackalloc byte[1];
                if (inflated == size && zlib.Read(extra) != 0)
                {
                    inflated++;
                }
            }
            catch (InvalidDataException ex)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavZsavBlockNotZlib, _next, compressedAt, ex.Message), uncompressedAt) { NamesOffset = true };
            }

            if (inflated != size)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavZsavBlockSize, _next, compressedAt, size), uncompressedAt) { NamesOffset = true };
            }

            _start = 0;
            _end = size;
            return true;
        }

        private static void ReadTrailer(Stream stream, Func<Stream>? reopen, long offset, byte[] trailer, long at)
        {
            if (stream.CanSeek)
            {
                var back = stream.Position;
                stream.Position = offset;
                var got = stream.ReadAtLeast(trailer, trailer.Length, throwOnEndOfStream: false);
                stream.Position = back;
                Check(got);
                return;
            }

            if (reopen is null)
            {
                throw new SavFormatException(SavProblem.Unsupported, SpssMessages.SavZsavNeedsSeek, at);
            }

            using var again = reopen();
            var input = new StreamInput(again);
            Check(input.Skip(offset) ? input.Read(trailer) : 0);

            void Check(int got)
            {
                if (got < trailer.Length)
                {
                    throw new SavFormatException(SavProblem.Truncated, Format(SpssMessages.SavEndsBeforeZsavTrailer, offset), offset) { NamesOffset = true };
                }
            }
        }
    }

    private static long Int64(ReadOnlySpan<byte> bytes, bool big) =>
        big ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes);

    private static int Int32(ReadOnlySpan<byte> bytes, bool big) =>
        big ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes);

    /// <summary>Reads the dictionary: the records from the header to the termination record (999).</summary>
    private sealed class DictionaryParser(Input file)
    {
        private readonly List<RawVariable> _variables = [];
        private readonly List<(List<(byte[] Value, byte[] Label)> Labels, int[] Elements, long Offset)> _valueLabels = [];
        private readonly List<byte[]> _documents = [];
        private bool _big;
        private int _characterCode;
        private byte[]? _longNames;
        private byte[]? _veryLongStrings;
        private byte[]? _encodingName;
        private byte[]? _longLabels;
        private byte[]? _longMissing;
        private long _encodingAt;
        private long _characterCodeAt;
        private long _veryLongStringsAt;
        private long _longLabelsAt;
        private long _longMissingAt;
        private long _caseCount64 = -1;
        private int _continuations;
        private double _highest = double.MaxValue;
        private double _lowest = -BitConverter.Int64BitsToDouble(0x7FEF_FFFF_FFFF_FFFE);

        public double Bias { get; private set; }

        public double Sysmis { get; private set; } = -double.MaxValue;

        public SavDictionary Parse()
        {
            Span<byte> header = stackalloc byte[176];
            var got = file.Read(header);
            if (got < 4 || !(header[..4].SequenceEqual("$FL2"u8) || header[..4].SequenceEqual("$FL3"u8)))
            {
                throw new SavFormatException(SavProblem.NotSystemFile,
                    SpssMessages.SavNotSystemFile, 0);
            }

            if (got < 176)
            {
                throw new SavFormatException(SavProblem.Truncated, Format(SpssMessages.SavEndsInsideHeader, got), got);
            }

            var layout = BinaryPrimitives.ReadInt32LittleEndian(header[64..]);
            if (layout is not (2 or 3))
            {
                _big = true;
                layout = BinaryPrimitives.ReadInt32BigEndian(header[64..]);
                if (layout is not (2 or 3))
                {
                    throw new SavFormatException(SavProblem.Corrupt, SpssMessages.SavLayoutCode, 64) { NamesOffset = true };
                }
            }

            var zsav = header[3] == (byte)'3';
            var compressionCode = Int(header[72..]);
            var compression = compressionCode switch
            {
                0 => SavCompression.None,
                1 => SavCompression.Bytecode,
                2 when zsav => SavCompression.Zlib,
                _ => throw new SavFormatException(SavProblem.Unsupported, Format(SpssMessages.SavUnknownCompression, compressionCode), 72) { NamesOffset = true },
            };
            var weightElement = Int(header[76..]);
            var caseCount = Int(header[80..]);
            Bias = Double(header[84..]);
            if (compression != SavCompression.None && (Bias < 0 || Bias > 1e6))
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavBadBias, Bias), 84) { NamesOffset = true };
            }

            var productName = Encoding.ASCII.GetString(header[4..64]).TrimEnd(' ', '\0');
            var fileLabel = header.Slice(109, 64).ToArray();

            ReadRecords();
            var encoding = ResolveEncoding(out var encodingName);
            var variables = BuildVariables(encoding);
            ApplyValueLabels(variables, encoding);
            ApplyLongStringRecords(variables, encoding);
            var elements = _variables.Count;
            var weight = weightElement > 0 ? variables.FirstOrDefault(v => v.Element == weightElement - 1 && !v.IsString) : null;
            long? cases = caseCount >= 0 ? caseCount : _caseCount64 >= 0 ? _caseCount64 : null;
            var documents = _documents.Select(line => encoding.GetString(line).TrimEnd(' ', '\0')).ToList();
            return new SavDictionary(variables, productName, encoding.GetString(fileLabel).TrimEnd(' ', '\0'), _big, compression, cases,
                encoding, encodingName, documents, weight, elements);
        }

        private void ReadRecords()
        {
            while (true)
            {
                var at = file.Position;
                var type = ReadInt(at, SpssMessages.NounRecordType);
                switch (type)
                {
                    case 2:
                        ReadVariable(at);
                        break;
                    case 3:
                        ReadValueLabels(at);
                        break;
                    case 4:
                        throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavOrphanLabelVariables, at), at) { NamesOffset = true };
                    case 6:
                        var lines = ReadInt(at, SpssMessages.NounDocumentsRecord);
                        var documents = ReadBytes(Checked(lines, 80, at), at, SpssMessages.NounDocumentsRecord);
                        for (var i = 0; i < lines; i++)
                        {
                            _documents.Add(documents.AsSpan(i * 80, 80).ToArray());
                        }

                        break;
                    case 7:
                        ReadExtension(at);
                        break;
                    case 999:
                        ReadInt(at, SpssMessages.NounTerminationRecord);
                        if (_continuations > 0)
                        {
                            throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavLastStringLacksContinuations, _continuations, at), at) { NamesOffset = true };
                        }

                        if (_variables.Count == 0)
                        {
                            throw new SavFormatException(SavProblem.Corrupt, SpssMessages.SavNoVariable, at);
                        }

                        return;
                    default:
                        throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavUnknownRecordType, type, at), at) { NamesOffset = true };
                }
            }
        }

        private void ReadVariable(long at)
        {
            Span<byte> record = stackalloc byte[28];
            Fill(record, at, SpssMessages.NounVariableRecord);
            var type = Int(record);
            var hasLabel = Int(record[4..]);
            var missing = Int(record[8..]);
            var print = Int(record[12..]);
            var name = record.Slice(20, 8).ToArray();
            if (type is < -1 or > 255 || hasLabel is not (0 or 1) || missing is not (0 or 1 or 2 or 3 or -2 or -3))
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavBadVariableRecord, at, type, hasLabel, missing), at) { NamesOffset = true };
            }

            byte[]? label = null;
            if (hasLabel == 1)
            {
                var length = ReadInt(at, SpssMessages.NounVariableLabel);
                if (length is < 0 or > 65535)
                {
                    throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavVariableLabelLength, at, length), at) { NamesOffset = true };
                }

                var padded = ReadBytes((length + 3) / 4 * 4, at, SpssMessages.NounVariableLabel);
                label = padded.AsSpan(0, length).ToArray();
            }

            var missingValues = new List<byte[]>();
            for (var i = 0; i < Math.Abs(missing); i++)
            {
                missingValues.Add(ReadBytes(8, at, SpssMessages.NounMissingValues));
            }

            if (type == -1)
            {
                if (_continuations <= 0)
                {
                    throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavOrphanContinuation, at), at) { NamesOffset = true };
                }

                _continuations--;
                _variables.Add(new RawVariable(-1, name, null, [], 0, 0, at));
                return;
            }

            if (_continuations > 0)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavStringLacksContinuations, at, _continuations), at) { NamesOffset = true };
            }

            if (type > 0 && missing < 0)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavStringMissingRange, at), at) { NamesOffset = true };
            }

            _continuations = type > 0 ? ((type + 7) / 8) - 1 : 0;
            _variables.Add(new RawVariable(type, name, label, missingValues, missing, print, at));
        }

        private void ReadValueLabels(long at)
        {
            var count = ReadInt(at, SpssMessages.NounValueLabelsRecord);
            if (count < 0 || count > MaxRecordBytes / 16)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavValueLabelCount, at, count), at) { NamesOffset = true };
            }

            var labels = new List<(byte[], byte[])>(count);
            for (var i = 0; i < count; i++)
            {
                var value = ReadBytes(8, at, SpssMessages.NounValueLabel);
                var length = ReadBytes(1, at, SpssMessages.NounValueLabel)[0];
                var text = ReadBytes(((length + 8) / 8 * 8) - 1, at, SpssMessages.NounValueLabel);
                labels.Add((value, text.AsSpan(0, length).ToArray()));
            }

            var next = file.Position;
            if (ReadInt(next, SpssMessages.NounValueLabelVariablesRecord) != 4)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavValueLabelsWithoutVariables, at), next) { NamesOffset = true };
            }

            var variables = ReadInt(next, SpssMessages.NounValueLabelVariablesRecord);
            var indexes = ReadBytes(Checked(variables, 4, next), next, SpssMessages.NounValueLabelVariablesRecord);
            var elements = new int[variables];
            for (var i = 0; i < variables; i++)
            {
                elements[i] = Int(indexes.AsSpan(i * 4)) - 1;
            }

            _valueLabels.Add((labels, elements, at));
        }

        private void ReadExtension(long at)
        {
            Span<byte> head = stackalloc byte[12];
            Fill(head, at, SpssMessages.NounExtensionRecord);
            var subtype = Int(head);
            var size = Int(head[4..]);
            var count = Int(head[8..]);
            var data = ReadBytes(Checked(count, size, at), at, Format(SpssMessages.NounExtensionRecordNumber, subtype));
            switch (subtype)
            {
                case 3 when size == 4 && count >= 8:
                    var floating = Int(data.AsSpan(16));
                    if (floating != 1)
                    {
                        throw new SavFormatException(SavProblem.Unsupported,
                            Format(SpssMessages.SavNotIeee, floating, at), at)
                        { NamesOffset = true };
                    }

                    _characterCode = Int(data.AsSpan(28));
                    _characterCodeAt = at;
                    break;
                case 4 when size == 8 && count >= 3:
                    Sysmis = Double(data);
                    _highest = Double(data.AsSpan(8));
                    _lowest = Double(data.AsSpan(16));
                    break;
                case 13:
                    _longNames = data;
                    break;
                case 14:
                    _veryLongStrings = data;
                    _veryLongStringsAt = at;
                    break;
                case 16 when size == 8 && count == 2:
                    _caseCount64 = _big ? BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(8)) : BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(8));
                    break;
                case 20:
                    _encodingName = data;
                    _encodingAt = at;
                    break;
                case 21:
                    _longLabels = data;
                    _longLabelsAt = at;
                    break;
                case 22:
                    _longMissing = data;
                    _longMissingAt = at;
                    break;
                default:
                    break; // 5, 7, 10, 11, 17, 18, 19, 24…: nothing a survey reader needs.
            }
        }

        private Encoding ResolveEncoding(out string name)
        {
            if (_encodingName is not null)
            {
                var declared = Encoding.ASCII.GetString(_encodingName).Trim(' ', '\0');
                var encoding = ByName(declared) ?? throw new SavFormatException(SavProblem.Unsupported,
                    Format(SpssMessages.SavUnknownEncoding, declared, _encodingAt), _encodingAt)
                { NamesOffset = true };
                name = encoding.CodePage == 65001 ? "UTF-8" : encoding.WebName;
                return encoding;
            }

            switch (_characterCode)
            {
                case 65001:
                    name = "UTF-8";
                    return Utf8;
                case 0:
                    name = "windows-1252 (assumed: the file names no encoding)";
                    return Encoding.GetEncoding(1252);
                case 2 or 3:
                    name = "windows-1252 (character code " + _characterCode + ")";
                    return Encoding.GetEncoding(1252);
                case 1:
                    name = "EBCDIC (IBM037)";
                    return Encoding.GetEncoding(37);
                default:
                    try
                    {
                        var encoding = Encoding.GetEncoding(_characterCode);
                        name = $"{encoding.WebName} (code page {_characterCode})";
                        return encoding;
                    }
                    catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
                    {
                        throw new SavFormatException(SavProblem.Unsupported, Format(SpssMessages.SavUnknownCharacterCode, _characterCode, _characterCodeAt), _characterCodeAt) { NamesOffset = true };
                    }
            }
        }

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        private static Encoding? ByName(string name)
        {
            var upper = name.ToUpperInvariant();
            if (upper is "UTF-8" or "UTF8")
            {
                return Utf8;
            }

            try
            {
                return Encoding.GetEncoding(upper.StartsWith("CP", StringComparison.Ordinal) && int.TryParse(upper.AsSpan(2), out var page) ? "windows-" + page : name);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private List<SavVariable> BuildVariables(Encoding encoding)
        {
            var variables = new List<SavVariable>();
            for (var element = 0; element < _variables.Count; element++)
            {
                var raw = _variables[element];
                if (raw.Type == -1)
                {
                    variables[^1].Elements++;
                    continue;
                }

                var variable = new SavVariable(variables.Count, Text(raw.Name, encoding), raw.Type, element, SavFormat.From(raw.Print));
                if (raw.Label is not null)
                {
                    variable.Label = encoding.GetString(raw.Label).TrimEnd(' ', '\0');
                }

                if (raw.Missing.Count > 0)
                {
                    variable.MissingValues = raw.Type == 0 ? NumericMissing(raw) : new SavMissingValues([], [.. raw.Missing.Select(m => Text(m, encoding))], null, null);
                }

                variables.Add(variable);
            }

            if (_longNames is not null)
            {
                foreach (var (key, value) in Pairs(encoding.GetString(_longNames), '\t'))
                {
                    if (variables.FirstOrDefault(v => string.Equals(v.ShortName, key, StringComparison.OrdinalIgnoreCase)) is { } variable && value.Length > 0)
                    {
                        variable.Name = value;
                    }
                }
            }

            if (_veryLongStrings is not null)
            {
                foreach (var (key, value) in Pairs(encoding.GetString(_veryLongStrings).Replace('\0', '\t'), '\t'))
                {
                    MergeSegments(variables, key, value);
                }

                for (var i = 0; i < variables.Count; i++)
                {
                    variables[i] = variables[i].Index == i ? variables[i] : Renumbered(variables[i], i);
                }
            }

            return variables;
        }

        private void MergeSegments(List<SavVariable> variables, string key, string value)
        {
            var first = variables.FindIndex(v => string.Equals(v.ShortName, key, StringComparison.OrdinalIgnoreCase));
            if (first < 0 || !int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) || width <= 255 || width > 32767)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavVeryLongStringUnmatched, key, value, _veryLongStringsAt), _veryLongStringsAt) { NamesOffset = true };
            }

            var segments = (width + SegmentText - 1) / SegmentText;
            if (first + segments > variables.Count)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavVeryLongStringSegments, key, segments, _veryLongStringsAt), _veryLongStringsAt) { NamesOffset = true };
            }

            var head = variables[first];
            for (var segment = 0; segment < segments; segment++)
            {
                var part = variables[first + segment];
                var expected = segment < segments - 1 ? 255 : width - (SegmentText * segment);
                if (part.Width != expected || part.Element != head.Element + (32 * segment))
                {
                    throw new SavFormatException(SavProblem.Corrupt,
                        Format(SpssMessages.SavVeryLongStringSegment, segment + 1, key, width, part.ShortName, part.Width, expected, _veryLongStringsAt), _veryLongStringsAt)
                    { NamesOffset = true };
                }
            }

            head.Width = width;
            head.Elements = (32 * (segments - 1)) + variables[first + segments - 1].Elements;
            variables.RemoveRange(first + 1, segments - 1);
        }

        private static SavVariable Renumbered(SavVariable old, int index)
        {
            var variable = new SavVariable(index, old.ShortName, old.Width, old.Element, old.PrintFormat)
            {
                Name = old.Name,
                Label = old.Label,
                MissingValues = old.MissingValues,
                Elements = old.Elements,
            };
            variable.Labels.AddRange(old.Labels);
            return variable;
        }

        private SavMissingValues NumericMissing(RawVariable raw)
        {
            var values = raw.Missing.Select(m => Bound(Double(m))).ToList();
            return raw.MissingCode < 0
                ? new SavMissingValues(values.Skip(2).ToList(), [], values[0], values[1])
                : new SavMissingValues(values, [], null, null);
        }

        private double Bound(double value) =>
            value == _lowest || value == -double.MaxValue ? double.NegativeInfinity : value == _highest ? double.PositiveInfinity : value;

        private void ApplyValueLabels(List<SavVariable> variables, Encoding encoding)
        {
            foreach (var (labels, elements, offset) in _valueLabels)
            {
                foreach (var element in elements)
                {
                    var variable = variables.FirstOrDefault(v => v.Element == element)
                        ?? throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavValueLabelsElement, offset, element + 1), offset) { NamesOffset = true };
                    if (variable.Width > 8)
                    {
                        throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavValueLabelsLongString, offset, variable.Name), offset) { NamesOffset = true };
                    }

                    foreach (var (value, label) in labels)
                    {
                        var text = encoding.GetString(label).TrimEnd(' ', '\0');
                        variable.Labels.Add(variable.IsString ? new SavValueLabel(null, Text(value, encoding), text) : new SavValueLabel(Double(value), null, text));
                    }
                }
            }
        }

        private void ApplyLongStringRecords(List<SavVariable> variables, Encoding encoding)
        {
            if (_longLabels is not null)
            {
                var reader = new Cursor(_longLabels, _big, Format(SpssMessages.NounLongStringLabels, _longLabelsAt), _longLabelsAt);
                while (!reader.AtEnd)
                {
                    var variable = Named(variables, reader.String(encoding));
                    reader.Int();
                    var count = reader.Int();
                    for (var i = 0; i < count; i++)
                    {
                        var value = reader.String(encoding).TrimEnd(' ', '\0');
                        var label = reader.String(encoding).TrimEnd(' ', '\0');
                        variable?.Labels.Add(new SavValueLabel(null, value, label));
                    }
                }
            }

            if (_longMissing is not null)
            {
                var reader = new Cursor(_longMissing, _big, Format(SpssMessages.NounLongStringMissing, _longMissingAt), _longMissingAt);
                while (!reader.AtEnd)
                {
                    var variable = Named(variables, reader.String(encoding));
                    var count = reader.Byte();
                    var length = reader.Int();
                    var values = new List<string>();
                    for (var i = 0; i < count; i++)
                    {
                        values.Add(encoding.GetString(reader.Bytes(length)).TrimEnd(' ', '\0'));
                    }

                    if (variable is not null)
                    {
                        variable.MissingValues = new SavMissingValues([], values, null, null);
                    }
                }
            }
        }

        private static SavVariable? Named(List<SavVariable> variables, string name) =>
            variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? variables.FirstOrDefault(v => string.Equals(v.ShortName, name, StringComparison.OrdinalIgnoreCase));

        private static IEnumerable<(string Key, string Value)> Pairs(string text, char separator)
        {
            foreach (var pair in text.Split(separator, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    yield return (pair[..equals].Trim(), pair[(equals + 1)..].Trim(' ', '\0'));
                }
            }
        }

        private static string Text(byte[] bytes, Encoding encoding) => encoding.GetString(bytes).TrimEnd(' ', '\0');

        private static int Checked(int count, int size, long at)
        {
            var total = (long)count * size;
            if (count < 0 || size < 0 || total > MaxRecordBytes)
            {
                throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavRecordTooLarge, at, count, size), at) { NamesOffset = true };
            }

            return (int)total;
        }

        private int ReadInt(long at, string what)
        {
            Span<byte> bytes = stackalloc byte[4];
            Fill(bytes, at, what);
            return Int(bytes);
        }

        private byte[] ReadBytes(int count, long at, string what)
        {
            var bytes = new byte[count];
            Fill(bytes, at, what);
            return bytes;
        }

        private void Fill(Span<byte> bytes, long at, string what)
        {
            if (file.Read(bytes) < bytes.Length)
            {
                throw new SavFormatException(SavProblem.Truncated, Format(SpssMessages.SavEndsInside, what, at), at) { NamesOffset = true };
            }
        }

        private int Int(ReadOnlySpan<byte> bytes) => Int32(bytes, _big);

        private double Double(ReadOnlySpan<byte> bytes) =>
            _big ? BinaryPrimitives.ReadDoubleBigEndian(bytes) : BinaryPrimitives.ReadDoubleLittleEndian(bytes);

        private sealed class RawVariable(int type, byte[] name, byte[]? label, List<byte[]> missing, int missingCode, int print, long offset)
        {
            public int Type { get; } = type;

            public byte[] Name { get; } = name;

            public byte[]? Label { get; } = label;

            public List<byte[]> Missing { get; } = missing;

            public int MissingCode { get; } = missingCode;

            public int Print { get; } = print;

            public long Offset { get; } = offset;
        }

        /// <summary>Reads the length-prefixed fields of extension records 21 and 22.</summary>
        private sealed class Cursor(byte[] data, bool big, string what, long offset)
        {
            private int _at;

            public bool AtEnd => _at >= data.Length;

            public int Int()
            {
                var bytes = Bytes(4);
                return Int32(bytes, big);
            }

            public byte Byte() => Bytes(1)[0];

            public string String(Encoding encoding)
            {
                var length = Int();
                return encoding.GetString(Bytes(length));
            }

            public ReadOnlySpan<byte> Bytes(int count)
            {
                if (count < 0 || count > data.Length - _at)
                {
                    throw new SavFormatException(SavProblem.Corrupt, Format(SpssMessages.SavCutShort, what, count, _at), offset) { NamesOffset = true };
                }

                var span = data.AsSpan(_at, count);
                _at += count;
                return span;
            }
        }
    }
}
