#!/usr/bin/env bash
# Rebuilds templates/fonts/ from Debian's Noto Sans (package fonts-noto-core, SIL OFL 1.1), subset to the
# characters French documents and the names and comments of French tenants need, so that PDFs stay small and
# no system font is ever used. Skia embeds only the glyphs a document uses, so a wider subset costs the
# repository, not the PDFs.
# No ligatures are kept in the Latin fonts: a ligature glyph would not copy back to its letters from the PDF.
# The .notdef glyph keeps its outline (a box): a character no shipped font has is never invisible.
# Needs: apt-get install fonts-noto-core python3-fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/share/fonts/truetype/noto
out=templates/fonts
# Basic Latin, Latin-1, Latin Extended-A and B, spacing modifiers, combining
# diacritics (decomposed Vietnamese), Greek and Coptic (monotonic), Cyrillic, Latin Extended Additional
# (Vietnamese: ễ ắ ộ ...), general punctuation (’ « » – — … no-break and narrow no-break
# spaces), superscripts and subscripts (² ᵢ), €, ₽, ™, and U+FFFD, drawn for any character no shipped font has.
unicodes="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1D62-1D63,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20AC,U+20BD,U+2122,U+FFFD"
for style in Regular Bold Italic BoldItalic; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$style.ttf" \
    --unicodes="$unicodes" \
    --layout-features='kern,ccmp,locl,mark,mkmk' \
    --notdef-outline --no-hinting --desubroutinize --drop-tables+=DSIG \
    --name-IDs='*' --name-legacy --name-languages='*' \
    --output-file="$out/NotoSans-$style.ttf"
done
# Arabic (and the letters of Persian and Urdu names), shaped by HarfBuzz: the joining forms (init, medi, fina,
# isol), the required ligatures (lam-alef) and the mark positioning are kept. The presentation forms B are
# mapped too: they share the glyphs shaping reaches, so a PDF's text maps each joined form back to a character.
# Arabic digits and punctuation (، ؛ ؟) included.
arabic="U+0600-06FF,U+0750-077F,U+200C-200F,U+0020,U+00A0,U+FE70-FEFF"
for style in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSansArabic-$style.ttf" \
    --unicodes="$arabic" \
    --layout-features='ccmp,locl,isol,init,medi,fina,rlig,calt,mark,mkmk,curs,kern' \
    --notdef-outline --no-hinting --desubroutinize --drop-tables+=DSIG \
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
