#!/usr/bin/env python3
"""Why an incident record's place is wrong: a diagnostic for `hadath incidents` output.

    PYTHONHASHSEED=0 python3 tools/incident_places.py PRED.json JSONDIR [--shared ../shared] [--half odd|even] [-v]

PRED.json is what `hadath incidents` wrote for the `extract` outputs in JSONDIR (NAME.json of
../shared/incidents/texts). The record of each Airwars incident is picked the way
../shared/incidents/score.py picks it (the record most of its reports went to; run with
PYTHONHASHSEED=0 as the scorer is, since it breaks ties in set order), and its place is judged
the scorer's way (name key or 10 km). Each wrong one gets one class:

  d  grouping: the record holds more reports of other incidents than of this one
  e  no place: the record has none
  a  wider unit: a report of the record names the right place, the record took a governorate,
     district, subdistrict, region or a city that names one
  f  other place: a report of the record names the right place, the record took another
  b  not read: the reports' texts hold Airwars' name, no place the extractor read matches it
  x  not written: no report of the incident writes Airwars' name (nor any place within 10 km
     was read), so only a gazetteer entry could place it

Reads the shared files at run time; copies nothing from them.
"""
import argparse
import csv
import importlib.util
import json
import os
import re
from collections import Counter, defaultdict

WIDE = {"GOVERNORATE", "DISTRICT", "SUBDISTRICT", "REGION", "MOUNTAIN", "RIVER", "COUNTRY"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("jsondir")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--half", choices=["odd", "even"])
    ap.add_argument("-v", action="store_true", help="list the places the record's reports name")
    a = ap.parse_args()
    inc = os.path.join(a.shared, "incidents")
    spec = importlib.util.spec_from_file_location("score", os.path.join(inc, "score.py"))
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    here = os.path.dirname(os.path.abspath(__file__))
    types = {}
    with open(os.path.join(here, "..", "models", "entities", "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and not line.startswith("id\t"):
                c = line.rstrip("\n").split("\t")
                types[c[0]] = c[2]
    units = set()  # the names of districts and subdistricts: a town that names one is a wider unit
    with open(os.path.join(here, "..", "models", "entities", "places.tsv"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) > 7 and c[2] in ("DISTRICT", "SUBDISTRICT"):
                units |= {sc.norm(x).replace(" ", "") for x in c[7].split("|")}

    pred = json.load(open(a.pred, encoding="utf-8"))["incidents"]
    gold = {r["report"]: r["incident"] for r in csv.DictReader(open(os.path.join(inc, "reports.tsv"), encoding="utf-8"), delimiter="\t")}
    info = {r["incident"]: r for r in csv.DictReader(open(os.path.join(inc, "incidents.tsv"), encoding="utf-8"), delimiter="\t")}
    votes = defaultdict(Counter)
    for i, p in enumerate(pred):
        for m in p.get("mentions", []):
            if m.get("doc") in gold:
                votes[m["doc"]][i] += 1
    assign = {r: (votes[r].most_common(1)[0][0] if votes[r] else ("alone", r)) for r in gold}
    members = defaultdict(set)
    for r in gold:
        members[gold[r]].add(r)

    def right(text, lat, lon, g):
        key = sc.place_key(g.get("place_ar", ""))
        t = sc.norm(text)
        by_name = bool(key) and (key in t or (len(t) >= 3 and t in key))
        by_geo = lat is not None and g.get("latitude") and sc.km((lat, lon), (float(g["latitude"]), float(g["longitude"]))) <= 10
        return bool(by_name or by_geo)

    def places(doc):
        path = os.path.join(a.jsondir, doc + ".json")
        if not os.path.exists(path):
            return []
        d = json.load(open(path, encoding="utf-8"))
        out = [x for e in d.get("events", []) for x in e.get("arguments", []) if x["role"] in ("LOCATION", "TARGET")]
        return out + (d.get("report_places") or [])

    classes = Counter()
    n = ok = 0
    for code in sorted(members):
        num = int(re.sub(r"\D", "", code) or 0)
        if a.half == "odd" and num % 2 == 0 or a.half == "even" and num % 2 == 1:
            continue
        n += 1
        g = info.get(code, {})
        ms = members[code]
        c = Counter(assign[r] for r in ms if not isinstance(assign[r], tuple))
        rec = pred[c.most_common(1)[0][0]] if c else {}
        pl = rec.get("place") or {}
        if right(pl.get("text"), pl.get("lat"), pl.get("lon"), g):
            ok += 1
            continue
        reps = rec.get("reports", [])
        own = [r for r in reps if gold.get(r) == code]
        named = [x for r in reps for x in places(r)]
        good = [x for x in named if right(x.get("head") or x.get("text"), x.get("lat"), x.get("lon"), g)]
        key = sc.place_key(g.get("place_ar", ""))
        written = [r for r in sorted(ms) if key and key.replace(" ", "") in sc.norm(open(os.path.join(inc, "texts", r + ".txt"), encoding="utf-8").read()).replace(" ", "")]
        wide = pl.get("place_id") in types and (types[pl["place_id"]] in WIDE
                                                or types[pl["place_id"]] == "CITY"
                                                or sc.norm(pl.get("text") or "").replace(" ", "") in units)
        if not rec:
            cls = "d"
        elif len(reps) - len(own) >= max(len(own), 1):
            cls = "d"
        elif not pl:
            cls = "e"
        elif good:
            cls = "a" if wide else "f"
        elif written:
            cls = "b"
        else:
            cls = "x"
        classes[cls] += 1
        print(f"{code} [{cls}] Airwars: {g.get('place_ar')} ({g.get('latitude') or '-'}, {g.get('longitude') or '-'}) | "
              f"record {rec.get('id')}: {pl.get('text')} {pl.get('place_id') or ''} gov={pl.get('governorate')} "
              f"lat={pl.get('lat')} | reports {len(own)} own / {len(reps) - len(own)} other; written in {written}")
        if a.v:
            cnt = Counter((x.get("head") or x.get("text"), x.get("place_id")) for x in named)
            print("     named:", ", ".join(f"{h}/{p or '-'}:{k}" for (h, p), k in cnt.most_common(10)))
    print(f"place right {ok}/{n} = {ok / max(n, 1):.3f}; wrong by class: "
          + ", ".join(f"{k} {v}" for k, v in sorted(classes.items())))


if __name__ == "__main__":
    main()
