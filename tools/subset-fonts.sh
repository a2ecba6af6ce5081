#!/usr/bin/env bash
# Rebuilds templates/fonts/ from Debian's Noto Sans (package fonts-noto-core, SIL OFL 1.1), subset to the
# characters French documents need, so that PDFs stay small and no system font is ever used.
# No ligatures are kept: a ligature glyph would not copy back to its letters from the PDF.
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
# Mathematical signs that Noto Sans lacks (√ − ≤ ≥ ≈ ∑ and arrows) come from Noto Sans Math, used as a fallback.
/usr/bin/python3 -m fontTools.subset "$src/NotoSansMath-Regular.ttf" \
  --unicodes="U+00D7,U+00F7,U+2190-2193,U+2200-22FF" \
  --layout-features='kern' --no-hinting --desubroutinize --drop-tables+=DSIG,MATH \
  --name-IDs='*' --name-legacy --name-languages='*' \
  --output-file="$out/NotoSansMath-Regular.ttf"
ls -l "$out"
