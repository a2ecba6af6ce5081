namespace ReportGen.Verbatims;

/// <summary>
/// A word of a folded text: its normalized form (elided "d'", "n'", "l'" … written "de", "ne", "le" …),
/// its range in the folded text, the clause and segment (part of a clause between commas) it belongs to, and whether
/// its clause starts after a contrast word (« mais … »).
/// </summary>
internal readonly record struct Token(string Text, int Start, int End, int Clause, int Segment = 0, bool AfterContrast = false);
