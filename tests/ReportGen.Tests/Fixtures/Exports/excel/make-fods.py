#!/usr/bin/env python3
"""Writes survey.fods (a LibreOffice flat OpenDocument spreadsheet) from ../canonical.csv, as an institute lays its
workbook out: sheet 'Résultats' with two merged title rows above the header (row 3), the answers below, the 0-10 note
as numbers; a second sheet 'Notice' with the questions' wording. make.sh has LibreOffice convert it to .xlsx and .xls.
Usage: make-fods.py CANONICAL.csv OUT.fods"""
import csv, sys
from xml.sax.saxutils import escape, quoteattr

canonical, out = sys.argv[1], sys.argv[2]
with open(canonical, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f, delimiter=";"))
header, data = rows[0], rows[1:]
width = len(header)

def cell(value, numeric=False, span=1):
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value == "":
        return "<table:table-cell/>"
    if numeric:
        return f'<table:table-cell office:value-type="float" office:value={quoteattr(value)}{spanned}><text:p>{escape(value)}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"{spanned}><text:p>{escape(value)}</text:p></table:table-cell>'

def title(text):
    # A merged cell: the first cell spans the columns, the others are covered.
    return "<table:table-row>" + cell(text, span=width) + "<table:covered-table-cell/>" * (width - 1) + "</table:table-row>"

numeric = {header.index("Q5_note")}
lines = [title("Enquête de satisfaction des locataires 2024"),
         title("Institut Exemple — résultats bruts, 300 questionnaires, terrain du 2 au 20 septembre"),
         "<table:table-row>" + "".join(cell(h) for h in header) + "</table:table-row>"]
for row in data:
    lines.append("<table:table-row>" + "".join(cell(v, i in numeric) for i, v in enumerate(row)) + "</table:table-row>")
notice = [["Question", "Libellé"], ["Q1_accueil", "Êtes-vous satisfait de l'accueil ?"], ["Q2_proprete", "… de la propreté des parties communes ?"],
          ["Q3_logement", "… de votre logement ?"], ["Q4_globale", "Globalement, êtes-vous satisfait de votre bailleur ?"],
          ["Q5_note", "Quelle note de 0 à 10 donneriez-vous ?"]]
notice_rows = "".join("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>" for r in notice)
with open(out, "w", encoding="utf-8") as f:
    f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="Résultats"><table:table-column table:number-columns-repeated="{width}"/>
{chr(10).join(lines)}
</table:table>
<table:table table:name="Notice"><table:table-column table:number-columns-repeated="2"/>
{notice_rows}
</table:table>
</office:spreadsheet></office:body></office:document>
""")
