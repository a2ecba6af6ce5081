#!/usr/bin/env bash
# ReportGen against the analyst's pipeline on the same 4 000-row institute export (docs/benchmarks.md, "Start-up and
# the analyst's pipeline"). Packs and installs the tool into a temporary folder, writes the export (make-export.py),
# makes the project with 'reportgen init --from', then runs both alternately N times (default 7) and prints each run
# and the medians of wall and CPU (user + sys) time.
#   tests/ReportGen.Benchmarks/analyst/compare.sh [N]     (REPORTGEN_NATIVE=PATH: an installed tool, no packing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$here/setup.sh"
py=/usr/bin/python3

if [ -n "${REPORTGEN_NATIVE:-}" ]; then
  reportgen=$REPORTGEN_NATIVE # a tool installed already
else
  # The pointer package and the native linux-x64 one, as the README packs them.
  dotnet pack "$root/src/ReportGen.Cli" -c Release -o "$work/nupkg" -v quiet -nologo >/dev/null
  dotnet pack "$root/src/ReportGen.Cli" -c Release -r linux-x64 -o "$work/nupkg" -v quiet -nologo >/dev/null
  dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" ReportGen.Cli >/dev/null
  reportgen="$work/tool/reportgen"
fi

$py "$here/make-export.py" "$work/institute-4000.csv" 4000
"$reportgen" init "$work/project" --from "$work/institute-4000.csv" --lang en >/dev/null

measure() { # name command…: one run, appended to $work/NAME as "wall cpu"
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>&1
  awk -v n="$name" '{ printf "%-9s %5.2f s wall %5.2f s cpu\n", n, $1, $2 + $3; print $1, $2 + $3 >> "'"$work"'/times-" n }' "$work/time"
}

# One warm-up each (files in the page cache), not counted.
"$reportgen" build "$work/project/reportgen.yaml" --out "$work/out" >/dev/null 2>&1
$py "$here/analyst.py" "$work/institute-4000.csv" "$work/analyst" >/dev/null
for _ in $(seq "$runs"); do
  measure reportgen "$reportgen" build "$work/project/reportgen.yaml" --out "$work/out"
  measure analyst $py "$here/analyst.py" "$work/institute-4000.csv" "$work/analyst"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for name in reportgen analyst; do
  printf '%-9s median %5.2f s wall %5.2f s cpu\n' "$name" "$(cut -d' ' -f1 "$work/times-$name" | median)" "$(cut -d' ' -f2 "$work/times-$name" | median)"
done
echo "(load: $(cut -d' ' -f1-3 /proc/loadavg))"
