#!/usr/bin/env bash
# Incident scores on all reports and on each half by incident-id parity (odd = development
# half, even = check half). Each half is grouped alone, as if only its reports existed.
#   tools/inchalves.sh EXTRACT_DIR     (EXTRACT_DIR holds ./hadath extract output, one JSON per report)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
dir=$1
tmp=$(mktemp -d)
[ -n "${KEEP:-}" ] && tmp=$KEEP && mkdir -p "$tmp" || trap 'rm -rf "$tmp"' EXIT
"$here/hadath" incidents --out "$tmp/all.json" "$dir"/*.json >/dev/null
printf 'all   '; PYTHONHASHSEED=0 python3 "$shared/incidents/score.py" "$tmp/all.json"
for half in odd even; do
  python3 - "$shared/incidents" "$tmp" "$half" <<'PY'
import csv, re, sys
src, tmp, half = sys.argv[1:]
want = 1 if half == "odd" else 0
keep = set()
with open(f"{src}/incidents.tsv", encoding="utf-8") as f, open(f"{tmp}/{half}-inc.tsv", "w", encoding="utf-8") as o:
    rows = list(csv.reader(f, delimiter="\t"))
    o.write("\t".join(rows[0]) + "\n")
    for r in rows[1:]:
        if int(re.sub(r"\D", "", r[0])) % 2 == want:
            keep.add(r[0]); o.write("\t".join(r) + "\n")
with open(f"{src}/reports.tsv", encoding="utf-8") as f, open(f"{tmp}/{half}-rep.tsv", "w", encoding="utf-8") as o, \
        open(f"{tmp}/{half}-docs", "w") as d:
    rows = list(csv.reader(f, delimiter="\t"))
    o.write("\t".join(rows[0]) + "\n")
    for r in rows[1:]:
        if r[1] in keep:
            o.write("\t".join(r) + "\n"); d.write(r[0] + "\n")
PY
  files=$(sed "s|.*|$dir/&.json|" "$tmp/$half-docs")
  "$here/hadath" incidents --out "$tmp/$half.json" $files >/dev/null
  printf '%-6s' "$half"; PYTHONHASHSEED=0 python3 "$shared/incidents/score.py" "$tmp/$half.json" "$tmp/$half-rep.tsv" "$tmp/$half-inc.tsv"
done
