* A windows-1252 file written by PSPP: the dictionary and the strings in windows-1252 (character code 1252 in the
* machine integer record, "windows-1252" in the encoding record). Run from the output folder: pspp pspp-1252.sps.
SET LOCALE='windows-1252'.
DATA LIST LIST /ville (A20) satisfaction (F1.0).
BEGIN DATA
"Saint-Étienne" 1
"Orléans" 2
"Nîmes" 4
END DATA.
VARIABLE LABELS ville 'Ville où habite le locataire'.
VALUE LABELS satisfaction 1 'Très satisfait' 2 'Plutôt satisfait' 3 'Plutôt pas satisfait' 4 'Pas du tout satisfait'.
SAVE OUTFILE='pspp-1252.sav' /COMPRESSED.
