#!/usr/bin/env python3
"""Writes the CSV shapes of issue 11 from canonical.csv (same 300 tenants, same answers, same expected.txt):

- institute-cp1252.csv    an institute's Excel "CSV (;)" export: Windows-1252, ';', CRLF, a weight with a decimal comma;
- institute-utf8-bom.csv  the same institute's next wave: UTF-8 with BOM, ',', every field quoted;
- qualtrics.csv           a Qualtrics "Use choice text" CSV: row 1 the ids, row 2 the question texts, row 3 the
                          ImportId JSON; metadata columns first, embedded data (agence, residence) last; 300 recorded
                          responses plus 2 Survey Preview rows and 3 unfinished ones (Finished False);
- limesurvey.csv          a LimeSurvey "CSV" export with question-code headings and full answers: UTF-8 BOM, every
                          value quoted (an empty value, as LimeSurvey writes NULL, unquoted), CRLF, a blank last line;
                          300 complete responses plus 4 incomplete ones (empty submitdate);
- limesurvey-full-headings.csv  the same export with "Headings: full question text": the system columns are
                          "Response ID", "Date submitted", "Last page"…, the questions their texts.

The extra rows hold answers too (a build that counted them would give other figures). Seeded: the same bytes every time.
Run from this folder: python3 make-csv-exports.py"""
import csv, io, random
from datetime import datetime, timedelta

with open("canonical.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f, delimiter=";"))
assert len(rows) == 300
QUESTIONS = ["Q1_accueil", "Q2_proprete", "Q3_logement", "Q4_globale"]
SCALE = ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait", "Ne sait pas"]
rng = random.Random(1111)


def write(name, text, encoding, bom=False):
    data = text.encode(encoding)
    with open(name, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def table(header, records, delimiter, quoting=csv.QUOTE_MINIMAL):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(records)
    return out.getvalue()


# Institute, Windows-1252, ';', decimal comma (a weight of 1 for everyone: the figures stay those of expected.txt).
header = ["N° questionnaire", "Agence", "Résidence", "Poids"] + QUESTIONS + ["Q5_note", "Commentaire"]
records = [[r["N° questionnaire"], r["Agence"], r["Résidence"], "1,00"] + [r[q] for q in QUESTIONS] + [r["Q5_note"], r["Commentaire"]] for r in rows]
write("institute-cp1252.csv", table(header, records, ";"), "cp1252")

# Institute, UTF-8 with BOM, ',', every field quoted.
header = ["N° questionnaire", "Agence", "Résidence"] + QUESTIONS + ["Q5_note", "Commentaire"]
records = [[r[h] for h in header] for r in rows]
write("institute-utf8-bom.csv", table(header, records, ",", csv.QUOTE_ALL), "utf-8", bom=True)


def token(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def partial(answers, kept):
    return [a if i < kept else "" for i, a in enumerate(answers)]


# Qualtrics.
META = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
        "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
        "DistributionChannel", "UserLanguage"]
META_TEXT = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID",
             "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
             "Distribution Channel", "User Language"]
META_IMPORT = ['{"ImportId":"startDate","timeZone":"Europe/Paris"}', '{"ImportId":"endDate","timeZone":"Europe/Paris"}', '{"ImportId":"status"}',
               '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}', '{"ImportId":"duration"}', '{"ImportId":"finished"}',
               '{"ImportId":"recordedDate","timeZone":"Europe/Paris"}', '{"ImportId":"_recordId"}', '{"ImportId":"recipientLastName"}',
               '{"ImportId":"recipientFirstName"}', '{"ImportId":"recipientEmail"}', '{"ImportId":"externalDataReference"}',
               '{"ImportId":"locationLatitude"}', '{"ImportId":"locationLongitude"}', '{"ImportId":"distributionChannel"}', '{"ImportId":"userLanguage"}']
MATRIX = "Êtes-vous satisfait(e) des points suivants ?"
ITEMS = ["L'accueil lors de vos contacts avec l'Office", "La propreté des parties communes", "Votre logement", "La qualité globale du service rendu par l'Office"]
QIDS = ["Q1_1", "Q1_2", "Q1_3", "Q1_4", "Q2", "Q3", "agence", "residence"]
QTEXT = [f"{MATRIX} - {item}" for item in ITEMS] + ["Sur une échelle de 0 à 10, quelle note donnez-vous à l'Office ?",
                                                   "Avez-vous des remarques ou des suggestions ?", "agence", "residence"]
QIMPORT = ['{"ImportId":"QID1_1"}', '{"ImportId":"QID1_2"}', '{"ImportId":"QID1_3"}', '{"ImportId":"QID1_4"}', '{"ImportId":"QID2"}',
           '{"ImportId":"QID3_TEXT"}', '{"ImportId":"agence"}', '{"ImportId":"residence"}']
start = datetime(2024, 3, 4, 9, 0, 0)


def qualtrics_row(when, status, finished, progress, answers, note, comment, agence, residence, preview=False):
    duration = rng.randint(140, 900) if finished == "True" else rng.randint(30, 200)
    end = when + timedelta(seconds=duration)
    fmt = "%Y-%m-%d %H:%M:%S"
    ip = "" if preview else f"{rng.randint(80, 92)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    lat, lon = ("", "") if preview else (f"{48.8 + rng.random() / 10:.4f}", f"{2.2 + rng.random() / 10:.4f}")
    return [when.strftime(fmt), end.strftime(fmt), status, ip, str(progress), str(duration), finished, end.strftime(fmt), f"R_{token(15)}",
            "", "", "", "", lat, lon, "preview" if preview else "anonymous", "FR"] + answers + [note, comment, agence, residence]


records = []
when = start
for p in range(2):  # previews, before the launch: the author answering his own survey
    records.append(qualtrics_row(when - timedelta(days=3 - p), "Survey Preview", "True", 100, [rng.choice(SCALE[:4]) for _ in QUESTIONS],
                                 str(rng.randint(0, 10)), "test", "", "", preview=True))
unfinished_at = {40, 150, 260}
for i, r in enumerate(rows):
    when += timedelta(minutes=rng.randint(20, 150))
    if i in unfinished_at:
        answers = partial([rng.choice(SCALE[:4]) for _ in QUESTIONS], 2)
        records.append(qualtrics_row(when, "IP Address", "False", 40, answers, "", "", rng.choice(["Agence Nord", "Agence Sud"]), "Le Parc"))
        when += timedelta(minutes=rng.randint(20, 90))
    records.append(qualtrics_row(when, "IP Address", "True", 100, [r[q] for q in QUESTIONS], r["Q5_note"], r["Commentaire"], r["Agence"], r["Résidence"]))
out = io.StringIO()
w = csv.writer(out, delimiter=",", lineterminator="\r\n")
w.writerow(META + QIDS)
w.writerow(META_TEXT + QTEXT)
w.writerow(META_IMPORT + QIMPORT)
w.writerows(records)
write("qualtrics.csv", out.getvalue(), "utf-8")

# LimeSurvey: question codes as headings, full answers; NULL (no submitdate, unanswered) is an unquoted empty field.
SUB = ["accueil", "proprete", "logement", "globale"]
header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "AGENCE", "RESIDENCE"] + [f"SATIS[{s}]" for s in SUB] + ["NOTE", "COMMENTAIRE"]
fmt = "%Y-%m-%d %H:%M:%S"
lime = []
when = start
incomplete_at = {10, 99, 180, 290}
number = 0
for i, r in enumerate(rows):
    if i in incomplete_at:
        number += 1
        when += timedelta(minutes=rng.randint(10, 60))
        answers = partial([rng.choice(SCALE[:4]) for _ in QUESTIONS], 1)
        lime.append([str(number), None, "1", "fr", str(rng.randint(10**8, 10**9)), when.strftime(fmt), (when + timedelta(minutes=2)).strftime(fmt),
                     r["Agence"], r["Résidence"]] + [a or None for a in answers] + [None, None])
    number += 1
    when += timedelta(minutes=rng.randint(20, 150))
    done = when + timedelta(seconds=rng.randint(140, 900))
    lime.append([str(number), done.strftime(fmt), "3", "fr", str(rng.randint(10**8, 10**9)), when.strftime(fmt), done.strftime(fmt), r["Agence"], r["Résidence"]]
                + [r[q] or None for q in QUESTIONS] + [r["Q5_note"] or None, r["Commentaire"] or None])


def lime_field(value):
    return "" if value is None else '"' + value.replace('"', '""') + '"'


text = ",".join(lime_field(h) for h in header) + "\r\n" + "".join(",".join(lime_field(v) for v in rec) + "\r\n" for rec in lime) + "\r\n"
write("limesurvey.csv", text, "utf-8", bom=True)

# The same export with LimeSurvey's "full question text" headings (the system columns as the English interface names them).
FULL = {"id": "Response ID", "submitdate": "Date submitted", "lastpage": "Last page", "startlanguage": "Start language", "seed": "Seed",
        "startdate": "Date started", "datestamp": "Date last action", "AGENCE": "Votre agence", "RESIDENCE": "Votre résidence",
        "NOTE": "Quelle note donnez-vous à l'Office, de 0 à 10 ?", "COMMENTAIRE": "Vos commentaires"}
LABELS = {"accueil": "L'accueil", "proprete": "La propreté des parties communes", "logement": "Votre logement", "globale": "L'Office dans son ensemble"}
full = [FULL.get(h) or f"Êtes-vous satisfait… ? [{LABELS[h[6:-1]]}]" for h in header]
text = ",".join(lime_field(h) for h in full) + "\r\n" + "".join(",".join(lime_field(v) for v in rec) + "\r\n" for rec in lime) + "\r\n"
write("limesurvey-full-headings.csv", text, "utf-8", bom=True)
