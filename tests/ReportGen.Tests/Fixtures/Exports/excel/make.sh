#!/bin/sh
# Makes the Excel fixtures from ../canonical.csv with the real producer, LibreOffice Calc (Debian libreoffice-calc-nogui):
#   survey.xlsx        sheet 'Résultats': two merged title rows, the header at row 3, 300 answers; sheet 'Notice'
#   survey.xls         the same workbook as Excel 97-2003
#   survey-plain.xlsx  canonical.csv opened as CSV (';', UTF-8) and saved as .xlsx: one sheet, header at row 1
#   survey-encrypted.xlsx  survey-plain.xlsx saved again with the password 'secret' (encrypt.py, Debian python3-uno)
#   qualtrics.xlsx     ../qualtrics.csv opened as CSV (',', UTF-8) and saved as .xlsx: Qualtrics' three header rows in a workbook
#   cells.xlsx         cells.fods: one cell of each kind (dates, time, boolean, formulas, an error, an empty header cell…)
#   cells.xls          the same as Excel 97-2003 (which LibreOffice writes with full doubles: 0.1 + 0.2 is 0.30000000000000004)
# Usage: make.sh [OUT_DIR]   (default: the folder above, Fixtures/Exports). LibreOffice stamps the files with the
# time, so two runs differ in bytes, never in cells: the tests compare what ExcelSource reads, not the bytes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/..}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own: two LibreOffice runs sharing one profile wait on each other's lock.
profile="-env:UserInstallation=file://$work/profile"
python3 "$here/make-fods.py" "$here/../canonical.csv" "$work/survey.fods"
soffice "$profile" --headless --convert-to xlsx --outdir "$work" "$work/survey.fods" >/dev/null
soffice "$profile" --headless --convert-to xls --outdir "$work" "$work/survey.fods" >/dev/null
cp "$here/../canonical.csv" "$work/survey-plain.csv"
# CSV filter options: ';' (59), '"' (34), UTF-8 (76), from line 1.
soffice "$profile" --headless --infilter="CSV:59,34,76,1" --convert-to xlsx --outdir "$work" "$work/survey-plain.csv" >/dev/null
cp "$here/../qualtrics.csv" "$work/qualtrics.csv"
# ',' (44), '"' (34), UTF-8 (76), from line 1.
soffice "$profile" --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$work" "$work/qualtrics.csv" >/dev/null
soffice "$profile" --headless --convert-to xlsx --outdir "$work" "$here/cells.fods" >/dev/null
soffice "$profile" --headless --convert-to xls --outdir "$work" "$here/cells.fods" >/dev/null
/usr/bin/python3 "$here/encrypt.py" "$work/survey-plain.xlsx" "$work/survey-encrypted.xlsx" secret "$work/profile-encrypt"
cp "$work/survey.xlsx" "$work/survey.xls" "$work/survey-plain.xlsx" "$work/qualtrics.xlsx" "$work/survey-encrypted.xlsx" "$work/cells.xlsx" "$work/cells.xls" "$out/"
