#!/usr/bin/env python3
"""Writes canonical.csv: one small survey (300 tenants, 3 agencies) from which every export fixture of issue 11
is made by its real producer (R haven, PSPP, LibreOffice) or in the shape Qualtrics and LimeSurvey write.
UTF-8, ';', labels. Seeded: the same file every time. expected.txt gives the figures every shape must build to."""
import csv, random
rng = random.Random(11)
agencies = ["Agence Nord", "Agence Centre", "Agence Sud"]
residences = {"Agence Nord": ["Les Chênes", "Le Parc"], "Agence Centre": ["Bellevue", "Les Tilleuls"], "Agence Sud": ["La Source", "Le Moulin"]}
scale = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"]
questions = [("Q1_accueil", [0.30, 0.50, 0.12, 0.05]), ("Q2_proprete", [0.20, 0.45, 0.20, 0.10]),
             ("Q3_logement", [0.35, 0.45, 0.12, 0.05]), ("Q4_globale", [0.28, 0.52, 0.13, 0.05])]
rows = []
for i in range(1, 301):
    agence = agencies[(i - 1) % 3]
    row = {"N° questionnaire": f"Q{i:04d}", "Agence": agence, "Résidence": rng.choice(residences[agence])}
    for name, p in questions:
        r = rng.random()
        acc = 0
        answer = "Ne sait pas"
        for label, q in zip(scale, p):
            acc += q
            if r < acc:
                answer = label
                break
        if rng.random() < 0.02:
            answer = ""
        row[name] = answer
    row["Q5_note"] = "" if rng.random() < 0.03 else str(min(10, max(0, round(rng.gauss(7.4, 1.8)))))
    row["Commentaire"] = rng.choice(["", "", "Très bon accueil à l'agence", "Ascenseur souvent en panne", "Hall sale"])
    rows.append(row)
fields = list(rows[0].keys())
with open("canonical.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fields, delimiter=";", lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
with open("expected.txt", "w", encoding="utf-8") as f:
    f.write("respondents 300\nagencies 3\n")
    for name, _ in questions:
        valid = [r[name] for r in rows if r[name] in scale]
        sat = sum(1 for v in valid if v in scale[:2])
        f.write(f"{name} base {len(valid)} satisfied {sat} pct {100 * sat / len(valid):.1f}\n")
    # The 0–10 question is a score: its mean, and the % giving 7 or more (the indicator's threshold).
    notes = [int(r["Q5_note"]) for r in rows if r["Q5_note"]]
    f.write(f"Q5_note base {len(notes)} mean {sum(notes) / len(notes):.3f} at_or_above_7 {sum(1 for n in notes if n >= 7)} pct {100 * sum(1 for n in notes if n >= 7) / len(notes):.1f}\n")
