using System.Globalization;
using System.Text;
using SkiaSharp;

namespace ReportGen.Documents.Html;

/// <summary>
/// The page's one style sheet, inline: the documents' fonts as data, the office's colours from
/// <see cref="DocumentTheme"/>, a reading layout for the screen and a print layout. Every text colour it sets on a
/// background is one of <see cref="Pairs"/>, which a test holds to the WCAG contrast ratios.
/// </summary>
internal static class HtmlStyleSheet
{
    /// <summary>A text colour on a background, as the style sheet uses it; <see cref="Large"/>: only for large text (3:1 suffices).</summary>
    internal sealed record ColourPair(string Where, SKColor Text, SKColor Background, bool Large = false);

    private static readonly SKColor White = SKColors.White;

    /// <summary>The masthead's pale text on the accent band.</summary>
    internal static SKColor MastheadText => DocumentTheme.HeaderFill;

    /// <summary>Every text/background pair the style sheet sets.</summary>
    internal static IReadOnlyList<ColourPair> Pairs { get; } =
    [
        new("texte courant", DocumentTheme.Text, White),
        new("texte discret (notes, méthode, détails du titre)", DocumentTheme.Muted, White),
        new("titres", DocumentTheme.Accent, White, Large: false),
        new("sous-titre, citations, chiffres clés", DocumentTheme.AccentLight, White),
        new("liens", DocumentTheme.Link, White),
        new("bandeau : titre", White, DocumentTheme.Accent),
        new("bandeau : référence et version", MastheadText, DocumentTheme.Accent),
        new("en-têtes de tableau", DocumentTheme.Text, DocumentTheme.HeaderFill),
        new("lignes alternées", DocumentTheme.Text, DocumentTheme.ZebraFill),
        new("liens sur ligne alternée", DocumentTheme.Link, DocumentTheme.ZebraFill),
        new("encadré : texte", DocumentTheme.Text, DocumentTheme.BoxFill),
        new("encadré : titre", DocumentTheme.Accent, DocumentTheme.BoxFill),
        new("encadré : chiffres", DocumentTheme.AccentLight, DocumentTheme.BoxFill),
        new("sommaire : liens", DocumentTheme.Link, DocumentTheme.BoxFill),
        new("pied de page", DocumentTheme.Muted, DocumentTheme.ZebraFill),
        new("lien d’évitement", White, DocumentTheme.Accent),
    ];

    /// <summary>The fonts embedded in the page, with their CSS weight and style: the four faces of Noto Sans the documents draw French with.</summary>
    private static readonly (string File, int Weight, string Style)[] Fonts =
    [
        ("NotoSans-Regular.ttf", 400, "normal"),
        ("NotoSans-Bold.ttf", 700, "normal"),
        ("NotoSans-Italic.ttf", 400, "italic"),
        ("NotoSans-BoldItalic.ttf", 700, "italic"),
    ];

    private static readonly Lazy<string> Css = new(Build);

    public static string Text => Css.Value;

    /// <summary>A colour as CSS writes it: <c>#1b3a57</c>.</summary>
    public static string Hex(SKColor colour) => string.Create(CultureInfo.InvariantCulture, $"#{colour.Red:x2}{colour.Green:x2}{colour.Blue:x2}");

    private static string Build()
    {
        var css = new StringBuilder();
        foreach (var (file, weight, style) in Fonts)
        {
            // Inline, so that the page fetches nothing and the charts' SVG text is set in the font it was measured with.
            css.Append(CultureInfo.InvariantCulture, $"@font-face{{font-family:\"{FontSet.Family}\";font-weight:{weight};font-style:{style};font-display:swap;src:url(data:font/ttf;base64,{Convert.ToBase64String(FontSet.ReadFile(file))}) format(\"truetype\")}}\n");
        }

        var text = Hex(DocumentTheme.Text);
        var accent = Hex(DocumentTheme.Accent);
        var accentLight = Hex(DocumentTheme.AccentLight);
        var muted = Hex(DocumentTheme.Muted);
        var rule = Hex(DocumentTheme.Rule);
        var headerFill = Hex(DocumentTheme.HeaderFill);
        var zebra = Hex(DocumentTheme.ZebraFill);
        var box = Hex(DocumentTheme.BoxFill);
        var link = Hex(DocumentTheme.Link);
        var masthead = Hex(MastheadText);
        css.Append($$"""
            :root{color-scheme:light}
            *,*::before,*::after{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0;background:#fff;color:{{text}};font-family:"{{FontSet.Family}}","Noto Sans",Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.6;font-variant-numeric:tabular-nums}
            .wrap{max-width:52rem;margin:0 auto;padding:0 1.5rem}
            .skip{position:absolute;left:-999rem;top:0;padding:.5rem 1rem;background:{{accent}};color:#fff;z-index:10}
            .skip:focus{left:1rem}
            a{color:{{link}};text-decoration:underline;text-underline-offset:.15em}
            a:hover{text-decoration-thickness:2px}
            a:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid {{accentLight}};outline-offset:2px}
            .masthead{background:{{accent}};color:#fff;padding:.9rem 0;border-bottom:4px solid {{accentLight}}}
            .masthead .wrap{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.25rem 1.5rem}
            .masthead p{margin:0}
            .masthead-title{font-weight:700;font-size:1.05rem}
            .masthead-meta{color:{{masthead}};font-size:.875rem}
            main{display:block;padding:1.5rem 0 3rem}
            .title-block{margin:1.5rem 0 2rem}
            .title-block h1,.title{margin:0;color:{{accent}};font-size:2.1rem;line-height:1.2}
            .subtitle{margin:.6rem 0 0;color:{{accentLight}};font-size:1.25rem}
            .details{margin:.6rem 0 0;color:{{muted}};font-size:.95rem}
            .title-block::after{content:"";display:block;width:4.5rem;height:4px;margin-top:1rem;background:{{accentLight}}}
            h1,h2,h3,h4,h5,h6{color:{{accent}};line-height:1.3;margin:2rem 0 .6rem}
            .level-1{font-size:1.6rem;padding-bottom:.35rem;border-bottom:1px solid {{rule}}}
            h1.level-1{font-size:1.9rem}
            .level-2{font-size:1.2rem}
            .level-3,.level-4,.level-5,.level-6{font-size:1.05rem;color:{{text}}}
            .number{margin-right:.25em}
            p{margin:.6rem 0}
            .lead{font-size:1.1rem;font-style:italic;color:{{muted}}}
            .small{font-size:.875rem;color:{{muted}}}
            .muted{color:{{muted}}}
            .italic{font-style:italic}
            .bold{font-weight:700}
            .center{text-align:center}
            .right{text-align:right}
            blockquote{margin:1rem 0;padding:.2rem 0 .2rem 1.2rem;border-left:4px solid {{accentLight}};color:{{accentLight}};font-style:italic;font-size:1.05rem}
            blockquote p{margin:.4rem 0}
            ul,ol{margin:.6rem 0;padding-left:1.6rem}
            li{margin:.25rem 0}
            li::marker{color:{{accentLight}}}
            .toc{margin:1rem 0 2rem;padding:1rem 1.5rem;background:{{box}};border-radius:4px}
            .toc ul{list-style:none;margin:0;padding:0}
            .toc ul ul{padding-left:1.5rem}
            .toc li{margin:.2rem 0}
            .toc>ul>li{margin-top:.5rem}
            .toc>ul>li>a{font-weight:700}
            .key-figures{margin:1.5rem 0;padding:1rem 1.25rem;background:{{box}};border-left:4px solid {{accentLight}};border-radius:4px}
            .key-figures-title{margin:0 0 .5rem;color:{{accent}};font-weight:700;font-size:1.1rem}
            .key-figures ul{list-style:none;margin:0;padding:0}
            .key-figures li{display:flex;gap:1rem;align-items:baseline;margin:.35rem 0}
            .figure{flex:0 0 5.5rem;color:{{accentLight}};font-size:1.4rem;font-weight:700;white-space:nowrap}
            .table-wrap{margin:1rem 0;overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.875rem;line-height:1.4}
            th,td{padding:.35rem .5rem;text-align:left;vertical-align:top;border-bottom:1px solid {{rule}};overflow-wrap:anywhere}
            thead th,thead td{background:{{headerFill}};vertical-align:bottom}
            thead tr:last-child>*{border-bottom:2px solid {{accentLight}}}
            th{font-weight:700}
            tbody th{font-weight:400}
            table.zebra tbody tr:nth-child(even)>*{background:{{zebra}}}
            th.right,td.right{text-align:right}
            th.center,td.center{text-align:center}
            .nowrap{white-space:nowrap}
            th.narrow{font-size:.8rem;vertical-align:bottom;text-align:left;padding:.5rem .25rem}
            .turned{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);max-height:10rem;line-height:1.25;font-weight:700}
            .chart{margin:1.5rem 0 .5rem}
            .chart svg{display:block;width:100%;max-width:40rem;height:auto;margin:0 auto}
            @media screen and (max-width:36rem){
            .chart{overflow-x:auto}
            .chart svg{width:34rem;max-width:none}
            }
            figcaption{margin-top:.5rem;color:{{muted}};font-size:.875rem;font-style:italic;text-align:center}
            .chart-data{margin:.5rem 0 1.5rem;padding:.5rem 1rem;border:1px solid {{rule}};border-radius:4px}
            .chart-data summary{cursor:pointer;color:{{link}};font-size:.95rem}
            .chart-data p{font-size:.9rem}
            .page-break{display:none}
            footer{border-top:1px solid {{rule}};background:{{zebra}};color:{{muted}};font-size:.875rem;padding:1rem 0}
            footer p{margin:.2rem 0}
            @media (max-width:40rem){.wrap{padding:0 1rem}.title-block h1{font-size:1.6rem}.key-figures li{flex-direction:column;gap:0}.figure{flex:none} }
            @page{size:A4;margin:2cm 1.8cm}
            @media print{
            body{font-size:10.5pt;line-height:1.45}
            .wrap{max-width:none;padding:0}
            .skip,.toc,.toc-heading,.chart-data{display:none}
            .masthead{background:none;color:{{text}};border-bottom:1px solid {{rule}};padding:0 0 .3rem}
            .masthead-meta{color:{{muted}}}
            main{padding:0}
            .page-break{display:block;break-after:page;height:0}
            h1,h2,h3,h4,h5,h6{break-after:avoid}
            figure,tr,.key-figures,blockquote{break-inside:avoid}
            thead{display:table-header-group}
            .table-wrap{overflow:visible}
            a{color:{{text}}}
            main a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%;color:{{muted}}}
            .key-figures,.toc{border:1px solid {{rule}}}
            footer{background:none}
            }

            """);
        return css.ToString();
    }
}
