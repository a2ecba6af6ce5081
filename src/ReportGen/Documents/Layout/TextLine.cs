namespace ReportGen.Documents.Layout;

/// <summary>One line of a paragraph: pieces of text in their styles, at offsets from the line's start.</summary>
internal sealed record TextLine(IReadOnlyList<LinePiece> Pieces, float Width, float Ascent, float Height);

/// <summary>A piece of a line: text in one style, with its link, at an x offset.</summary>
internal sealed record LinePiece(string Text, TextStyle Style, string? Link, float X, float Width);
