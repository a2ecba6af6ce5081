namespace ReportGen.Verbatims;

/// <summary>
/// A word of a folded text: its normalized form (elided "d'", "n'", "l'" … written "de", "ne", "le" …),
/// its range in the folded text and the clause it belongs to.
/// </summary>
internal readonly record struct Token(string Text, int Start, int End, int Clause);
