#!/usr/bin/env python3
"""Writes institute-4000.csv: a 4 000-row institute export of the shape of
tests/ReportGen.Tests/Fixtures/Exports/institute-cp1252.csv (Excel "CSV (;)": Windows-1252, ';', CRLF, a weight
with a decimal comma, answer labels, a 0-10 mark and a free comment), with design weights that vary by agency.
Seeded: the same bytes every time. Usage: python3 make-export.py [OUT] [ROWS]"""
import csv, io, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "institute-4000.csv"
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
rng = random.Random(2026)
AGENCIES = {"Agence Nord": ["Le Parc", "Les Érables", "La Butte"], "Agence Centre": ["Bellevue", "Les Tilleuls", "Le Mail"],
            "Agence Sud": ["La Source", "Le Moulin", "Les Vignes"], "Agence Est": ["Les Cèdres", "La Roseraie"]}
WEIGHTS = {"Agence Nord": 1.2, "Agence Centre": 0.9, "Agence Sud": 1.1, "Agence Est": 0.8}
SCALE = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"]
# Each question's chances of the four answers (then a few "Ne sait pas" and blanks).
QUESTIONS = {"Q1_accueil": [0.40, 0.42, 0.12, 0.06], "Q2_proprete": [0.22, 0.44, 0.22, 0.12],
             "Q3_logement": [0.35, 0.48, 0.12, 0.05], "Q4_globale": [0.30, 0.50, 0.14, 0.06]}
COMMENTS = ["", "", "", "Hall sale", "Ascenseur souvent en panne", "Très bon accueil à l'agence",
            "Chauffage insuffisant l'hiver", "Les espaces verts sont bien entretenus", "Délai trop long pour les réparations"]

buffer = io.StringIO()
writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
writer.writerow(["N° questionnaire", "Agence", "Résidence", "Poids", *QUESTIONS, "Q5_note", "Commentaire"])
for i in range(1, rows + 1):
    agency = rng.choice(list(AGENCIES))
    answers = []
    for chances in QUESTIONS.values():
        roll = rng.random()
        answers.append("" if roll < 0.02 else "Ne sait pas" if roll < 0.04 else rng.choices(SCALE, chances)[0])
    mark = "" if rng.random() < 0.03 else str(min(10, max(0, round(rng.gauss(6.8, 1.8)))))
    weight = f"{WEIGHTS[agency] * rng.uniform(0.85, 1.15):.2f}".replace(".", ",")
    writer.writerow([f"Q{i:04d}", agency, rng.choice(AGENCIES[agency]), weight, *answers, mark, rng.choice(COMMENTS)])

with open(out, "wb") as f:
    f.write(buffer.getvalue().encode("cp1252"))
