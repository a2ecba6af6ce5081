#!/usr/bin/env bash
# Writes the SPSS fixtures with their real producers: R haven (Debian r-cran-haven) and PSPP (Debian pspp).
# Usage: make.sh [OUTDIR [SURVEY]]; OUTDIR defaults to this folder, SURVEY to ../survey.sav (beside canonical.csv).
# PSPP stamps the creation time in the header and haven its version: a second run differs in those bytes only;
# the tests compare what is read, not the bytes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
mkdir -p "$out"
out=$(cd "$out" && pwd)
survey=${2:-$here/../survey.sav}
Rscript "$here/haven.R" "$out"
Rscript "$here/survey.R" "$here/../canonical.csv" "$survey"
cd "$out"
pspp -b "$here/pspp.sps" >/dev/null
pspp -b "$here/pspp-1252.sps" >/dev/null
