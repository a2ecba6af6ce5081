#!/usr/bin/env bash
# Rebuilds templates/fonts/ from Debian's Noto Sans (package fonts-noto-core, SIL OFL 1.1), subset to the
# characters French documents and the names and comments of French tenants need, so that PDFs stay small and
# no system font is ever used. Skia embeds each font a document uses whole (it does not subset), so the scripts
# that only some documents need are in fonts of their own, embedded only when a document draws them: a French
# document embeds the small Noto Sans subsets alone.
# No ligatures are kept in the Latin fonts: a ligature glyph would not copy back to its letters from the PDF.
# Needs: apt-get install fonts-noto-core python3-fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/share/fonts/truetype/noto
out=templates/fonts
# Basic Latin, Latin-1, Latin Extended-A (œ, Œ, Ÿ), spacing modifiers, Greek (Σ in formulas), general
# punctuation (’ « » – — … no-break and narrow no-break spaces), superscripts and subscripts (² ᵢ), €, ™.
unicodes="U+0020-007E,U+00A0-017F,U+0192,U+02C6-02DD,U+0391-03C9,U+1D62-1D63,U+2000-206F,U+2070-209F,U+20AC,U+2122"
for style in Regular Bold Italic BoldItalic; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$style.ttf" \
    --unicodes="$unicodes" \
    --layout-features='kern,ccmp,locl,mark,mkmk' \
    --no-hinting --desubroutinize --drop-tables+=DSIG \
    --name-IDs='*' --name-legacy --name-languages='*' \
    --output-file="$out/NotoSans-$style.ttf"
done
# The other Latin letters (Latin Extended-B, Latin Extended Additional: Vietnamese ễ ắ ộ, Romanian ș ț), the
# combining diacritics (decomposed text; with Basic Latin, so that a letter and its accents shape together),
# spacing modifiers, Greek (monotonic), Cyrillic, and U+FFFD, drawn for any character no shipped font has.
extended="U+0020-007E,U+0180-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+FFFD"
for style in Regular Bold Italic BoldItalic; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$style.ttf" \
    --unicodes="$extended" \
    --layout-features='kern,ccmp,locl,mark,mkmk' \
    --no-hinting --desubroutinize --drop-tables+=DSIG \
    --name-IDs='*' --name-legacy --name-languages='*' \
    --output-file="$out/NotoSansExtended-$style.ttf"
done
# Named apart (family "Noto Sans Extended"), so that a PDF's font list tells which fonts a document embeds.
/usr/bin/python3 - "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
for style in ["Regular", "Bold", "Italic", "BoldItalic"]:
    path = f"{sys.argv[1]}/NotoSansExtended-{style}.ttf"
    font = TTFont(path, recalcTimestamp=False)
    for record in font["name"].names:
        text = record.toUnicode()
        text = text.replace("NotoSans-", "NotoSansExtended-").replace("Noto Sans", "Noto Sans Extended")
        record.string = text
    font.save(path)
PY
# Arabic (and the letters of Persian and Urdu names), shaped by HarfBuzz: the joining forms (init, medi, fina,
# isol), the required ligatures (lam-alef) and the mark positioning are kept. The presentation forms B are
# mapped too: they share the glyphs shaping reaches, so a PDF's text maps each joined form back to a character.
# Arabic digits and punctuation (، ؛ ؟) included.
arabic="U+0600-06FF,U+0750-077F,U+200C-200F,U+0020,U+00A0,U+FE70-FEFF"
for style in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSansArabic-$style.ttf" \
    --unicodes="$arabic" \
    --layout-features='ccmp,locl,isol,init,medi,fina,rlig,calt,mark,mkmk,curs,kern' \
    --no-hinting --desubroutinize --drop-tables+=DSIG \
    --name-IDs='*' --name-legacy --name-languages='*' \
    --output-file="$out/NotoSansArabic-$style.ttf"
done
# Mathematical signs that Noto Sans lacks (√ − ≤ ≥ ≈ ∑ and arrows) come from Noto Sans Math, used as a fallback.
/usr/bin/python3 -m fontTools.subset "$src/NotoSansMath-Regular.ttf" \
  --unicodes="U+00D7,U+00F7,U+2190-2193,U+2200-22FF" \
  --layout-features='kern' --no-hinting --desubroutinize --drop-tables+=DSIG,MATH \
  --name-IDs='*' --name-legacy --name-languages='*' \
  --output-file="$out/NotoSansMath-Regular.ttf"
ls -l "$out"
