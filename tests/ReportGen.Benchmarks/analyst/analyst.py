#!/usr/bin/env python3
"""The pipeline an analyst would write for the institute export, to compare ReportGen with (docs/benchmarks.md,
"Start-up and the analyst's pipeline"): pandas reads the export, computes each indicator's weighted % satisfied with
its Wilson interval (on the Kish effective base, as ReportGen does), matplotlib draws the bar chart, reportlab writes
a one-page PDF report with the table and the chart, and pandas writes the table as CSV.

Usage: python3 analyst.py EXPORT.csv OUT_DIR"""
import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

export, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)

SATISFIED = {"Très satisfait", "Plutôt satisfait"}
SCALE = SATISFIED | {"Plutôt pas satisfait", "Pas du tout satisfait"}
LABELS = {"Q1_accueil": "Accueil", "Q2_proprete": "Propreté", "Q3_logement": "Logement", "Q4_globale": "Globale",
          "Q5_note": "Note (7 à 10)"}
Z = 1.959963984540054  # 95 %

df = pd.read_csv(export, sep=";", encoding="cp1252", decimal=",")


def wilson(p, n, z=Z):
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


rows = []
for column, label in LABELS.items():
    if column == "Q5_note":
        mark = pd.to_numeric(df[column], errors="coerce")
        answered, satisfied = mark.notna(), mark >= 7
    else:
        answered, satisfied = df[column].isin(SCALE), df[column].isin(SATISFIED)
    w = df.loc[answered, "Poids"]
    p = (w * satisfied[answered]).sum() / w.sum()
    n_eff = w.sum() ** 2 / (w ** 2).sum()
    low, high = wilson(p, n_eff)
    rows.append({"indicateur": label, "base": int(answered.sum()), "n_eff": round(n_eff, 1),
                 "pct_satisfaits": round(100 * p, 1), "ic_bas": round(100 * low, 1), "ic_haut": round(100 * high, 1)})
table = pd.DataFrame(rows)
table.to_csv(out / "indicators.csv", sep=";", decimal=",", index=False, encoding="utf-8")

fig, ax = plt.subplots(figsize=(6.7, 3.2))
ax.barh(table["indicateur"], table["pct_satisfaits"], color="#2f6f9f",
        xerr=[table["pct_satisfaits"] - table["ic_bas"], table["ic_haut"] - table["pct_satisfaits"]], capsize=3)
ax.invert_yaxis()
ax.set_xlim(0, 100)
ax.set_xlabel("% de satisfaits (intervalle de confiance à 95 %)")
for y, value in enumerate(table["pct_satisfaits"]):
    ax.text(value + 2, y, f"{value:.1f} %".replace(".", ","), va="center", fontsize=8)
fig.tight_layout()
fig.savefig(out / "satisfaction.png", dpi=200)
plt.close(fig)

styles = getSampleStyleSheet()
cells = [["Indicateur", "Base", "n eff.", "% satisfaits", "IC 95 %"]] + [
    [r.indicateur, f"{r.base}", f"{r.n_eff:.0f}", f"{r.pct_satisfaits:.1f} %".replace(".", ","),
     f"{r.ic_bas:.1f} – {r.ic_haut:.1f} %".replace(".", ",")] for r in table.itertuples()]
grid = Table(cells, hAlign="LEFT")
grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                          ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
story = [Paragraph("Enquête de satisfaction des locataires", styles["Title"]),
         Paragraph(f"{len(df)} répondants ; pourcentages pondérés, intervalles de Wilson sur la base effective.", styles["Normal"]),
         Spacer(1, 0.5 * cm), grid, Spacer(1, 0.5 * cm), Image(str(out / "satisfaction.png"), width=17 * cm, height=17 * cm * 3.2 / 6.7)]
SimpleDocTemplate(str(out / "report.pdf"), pagesize=A4, title="Enquête de satisfaction").build(story)
