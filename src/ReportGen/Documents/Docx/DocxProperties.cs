using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.ExtendedProperties;

namespace ReportGen.Documents.Docx;

/// <summary>
/// The document's properties (ISO 9001 §7.5 identification): title, subject, author, keywords, a description
/// with the reference and version, dated from <see cref="DocumentInfo.Date"/>, never the clock.
/// </summary>
internal static class DocxProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The core properties part (<c>docProps/core.xml</c>), written whole so that nothing in it is the clock's.</summary>
    public static byte[] Core(DocumentInfo info)
    {
        var date = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", Cp);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteElementString("dc", "title", Dc, info.Title);
            xml.WriteElementString("dc", "subject", Dc, info.Subject);
            xml.WriteElementString("dc", "creator", Dc, info.Author);
            xml.WriteElementString("cp", "keywords", Cp, info.Keywords);
            xml.WriteElementString("dc", "description", Dc, Description(info));
            xml.WriteElementString("dc", "language", Dc, "fr-FR");
            xml.WriteElementString("cp", "lastModifiedBy", Cp, info.Creator);
            xml.WriteElementString("cp", "revision", Cp, "1");
            foreach (var name in (string[])["created", "modified"])
            {
                xml.WriteStartElement("dcterms", name, DcTerms);
                xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                xml.WriteString(date);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>What identifies the document beyond its title: its reference, version and date, and what made it.</summary>
    public static string Description(DocumentInfo info)
    {
        var reference = info.Reference.Length == 0 ? "" : $"Référence {info.Reference}, ";
        return $"{reference}version {info.Version} du {Publishing.FrenchFormat.Date(info.Date)}. Généré par {info.Creator}.";
    }

    /// <summary>The application properties part (<c>docProps/app.xml</c>).</summary>
    public static Properties App(DocumentInfo info) => new(
        new Application(info.Creator),
        new DocumentSecurity("0"),
        new ScaleCrop("false"),
        new LinksUpToDate("false"),
        new SharedDocument("false"),
        new HyperlinksChanged("false"));
}
