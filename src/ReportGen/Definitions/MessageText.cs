using ReportGen.Localization;

namespace ReportGen.Definitions;

// TEMPORARY forwarder (issue 14): the pieces of messages now live in Localization/MessageParts. This type only keeps
// code written against MessageText compiling across a merge; the lead removes it. Call MessageParts in new code.
internal static class MessageText
{
    public static string Quote(string value) => MessageParts.Quote(value);

    public static string List(IEnumerable<string> values) => MessageParts.List(values);

    public static string Hint(string value, IReadOnlyCollection<string> candidates, string known, string none) => MessageParts.Hint(value, candidates, known, none);

    public static string Of(string format, object key, string context) => MessageParts.Of(format, key, context);

    public static string Contracted(string text) => MessageParts.Contracted(text);
}
