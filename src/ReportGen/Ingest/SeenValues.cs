namespace ReportGen.Ingest;

/// <summary>
/// The few distinct raw values a survey column holds (answers, design weights), with what each was parsed to,
/// so that a value met before is matched byte for byte instead of being decoded and parsed again. Entries are
/// checked by length and first byte before their bytes; past <c>capacity</c> values, new ones are not kept.
/// </summary>
internal sealed class SeenValues<T>(int capacity)
{
    private readonly List<(byte[] Raw, T Value)> _seen = [];

    public bool TryGet(ReadOnlySpan<byte> raw, out T value)
    {
        foreach (var (bytes, known) in _seen)
        {
            if (bytes.Length == raw.Length && (raw.Length == 0 || bytes[0] == raw[0]) && raw.SequenceEqual(bytes))
            {
                value = known;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Remember(ReadOnlySpan<byte> raw, T value)
    {
        if (_seen.Count < capacity)
        {
            _seen.Add((raw.ToArray(), value));
        }
    }
}
