#!/usr/bin/env python3
"""Why Airwars incidents end up split over several predicted records (a diagnostic).

    python3 tools/incsplit.py PRED.json JSONDIR [--all] [--odd|--even]

PRED.json is `hadath incidents` output, JSONDIR the `hadath extract` outputs it was built
from. For each Airwars incident whose reports went to more than one predicted record (the
scorer's assignment: the record holding most of a report's mentions, else the report alone),
prints each part: the record's type, date range, place and reports, and for each report its
own date, frame count and named places; then a guess at why the part did not merge with the
incident's main record (the one most of its reports went to): no frames, undated, another type
family, dates apart, no place, places that differ. A tally of the reasons ends the output.
Reads the shared gold files; writes nothing.
"""
import csv, datetime, json, math, os, sys
from collections import Counter, defaultdict

GOLD = "/work/shared/incidents"
FAMILY = {"STRIKE": "V", "BOMBING": "V", "CLASH": "V", "EVACUATION": "D", "SURRENDER": "S", None: None}


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def rng(rec):
    r = rec.get("date_range")
    if not r:
        return None
    a, _, b = r.partition("/")
    return datetime.date.fromisoformat(a), datetime.date.fromisoformat(b or a)


def gap(a, b):
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def pl(rec):
    p = rec.get("place") or {}
    return p.get("text") or "-"


def why(part, main):
    if part is None:
        return "no-frames"
    if main is None:
        return "main-is-notes"
    if part.get("type") is None or main.get("type") is None:
        return "notes-group"
    if FAMILY[part["type"]] != FAMILY[main["type"]]:
        return "family"
    ra, rb = rng(part), rng(main)
    if ra is None or rb is None:
        return "undated"
    if gap(ra, rb) > 2:
        return "date-gap-%d" % gap(ra, rb)
    pa, pb = part.get("place"), main.get("place")
    if not pa or not pb:
        return "no-place"
    if pa.get("lat") is not None and pb.get("lat") is not None:
        return "place-%.0fkm" % km((pa["lat"], pa["lon"]), (pb["lat"], pb["lon"]))
    return "place-unlinked"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pred = json.load(open(args[0], encoding="utf-8"))["incidents"]
    jdir = args[1]
    gold = {r["report"]: r["incident"] for r in csv.DictReader(open(f"{GOLD}/reports.tsv", encoding="utf-8"), delimiter="\t")}
    info = {r["incident"]: r for r in csv.DictReader(open(f"{GOLD}/incidents.tsv", encoding="utf-8"), delimiter="\t")}
    votes = defaultdict(Counter)
    for i, p in enumerate(pred):
        for m in p.get("mentions", []):
            votes[m["doc"]][i] += 1
    assign = {r: (votes[r].most_common(1)[0][0] if votes[r] else None) for r in gold}
    members = defaultdict(list)
    for r, g in gold.items():
        members[g].append(r)
    tally = Counter()
    for code in sorted(members, key=lambda c: -len(members[c])):
        digits = int("".join(ch for ch in code if ch.isdigit()))
        if "--odd" in sys.argv and digits % 2 == 0 or "--even" in sys.argv and digits % 2 == 1:
            continue
        parts = defaultdict(list)
        for r in members[code]:
            parts[assign[r] if assign[r] is not None else ("alone", r)].append(r)
        if len(parts) < 2 and "--all" not in sys.argv:
            continue
        g = info[code]
        print(f"== {code} {g['date']} {g['place_ar']} {g['strike_type']} deaths {g['civilian_deaths_min']}-{g['civilian_deaths_max']} "
              f"({len(members[code])} reports, {len(parts)} parts)")
        ranked = sorted(parts, key=lambda k: (isinstance(k, tuple), -len(parts[k])))
        main_key = ranked[0]
        main_rec = pred[main_key] if not isinstance(main_key, tuple) else None
        for k in ranked:
            rec = pred[k] if not isinstance(k, tuple) else None
            reason = "MAIN" if k == main_key else why(rec, main_rec)
            if k != main_key:
                tally[reason] += 1
            if rec is not None:
                others = [d for d in rec.get("reports", []) if gold.get(d) != code]
                print(f"  [{reason}] {rec['id']} {rec.get('type')} {rec.get('date_range')} {pl(rec)} "
                      f"reports={len(rec.get('reports', []))} foreign={len(others)}")
            else:
                print(f"  [{reason}] alone")
            for r in parts[k]:
                d = json.load(open(os.path.join(jdir, r + ".json"), encoding="utf-8"))
                dd = (d.get("document_date") or {}).get("date") if isinstance(d.get("document_date"), dict) else d.get("document_date")
                names = Counter((a.get("text") or "") for a in d.get("report_places", []))
                top = ", ".join(f"{n}×{c}" if c > 1 else n for n, c in names.most_common(4))
                types = Counter(e["type"] for e in d["events"])
                own = sum(1 for m in (rec or {}).get("mentions", []) if m["doc"] == r)
                print(f"      {r} date={dd} frames={len(d['events'])} {dict(types)} in-record={own} places: {top}")
    print("reasons:", dict(tally.most_common()))


if __name__ == "__main__":
    main()
