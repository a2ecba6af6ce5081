* A small data set written by PSPP: value labels on numbers and strings (a long string too), discrete and range
* missing values on numbers, missing values on a long string, a document, a file label, variable labels, long
* variable names, a very long string (> 255 bytes); saved bytecode-compressed, uncompressed and zlib-compressed.
* Run from the output folder: pspp pspp.sps.
SET LOCALE='UTF-8'.
DATA LIST LIST /id (A6) satisfaction_generale (F1.0) note (F6.2) code_postal (A5) residence_longue (A20) commentaire_tres_long (A400).
BEGIN DATA
"P1" 1 7.5 "42000" "Les Chênes" "Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long, Commentaire très long,"
"P2" 2 -3.25 "45000" "Bellevue" "Rien à signaler"
"P3" 9 99 "25000" "Le Moulin" ""
"P4" 4 . "30000" "Les Tilleuls" "Ascenseur en panne"
"P5" 3 0 "00000" "Inconnue" "x"
END DATA.
FILE LABEL Enquête de satisfaction 2024.
DOCUMENT Fichier de test écrit par PSPP.
VARIABLE LABELS satisfaction_generale 'Satisfaction générale' note 'Note sur 100' residence_longue 'Résidence'.
VALUE LABELS satisfaction_generale 1 'Très satisfait' 2 'Plutôt satisfait' 3 'Plutôt pas satisfait' 4 'Pas du tout satisfait' 9 'Ne sait pas'
  /code_postal '42000' 'Saint-Étienne' '00000' 'Inconnu'
  /residence_longue 'Les Chênes' 'Résidence des Chênes' 'Inconnue' 'Non renseignée'.
MISSING VALUES satisfaction_generale (9) /note (LO THRU -1, 99) /residence_longue ('Inconnue').
SAVE OUTFILE='pspp-compressed.sav' /COMPRESSED.
SAVE OUTFILE='pspp-uncompressed.sav' /UNCOMPRESSED.
SAVE OUTFILE='pspp-zsav.zsav' /ZCOMPRESSED.
