#!/usr/bin/env python3
"""Why incident records get their date wrong: a diagnostic for issue #20.

    python3 tools/incdates.py INCIDENTS.json JSONDIR [--all] [--quiet] [--reports TSV] [--shared ../shared]

INCIDENTS.json is `hadath incidents` output, JSONDIR the `hadath extract` outputs of
shared/incidents/texts. For every Airwars incident whose record (the predicted incident most
of its reports went to, as score.py picks it) has no date or a date more than a day off, it
prints Airwars' date, the record's date and range, and per report: its own date (source and
the text it came from), the TIME arguments of its events with their values, and whether its
mentions went to the record. It then guesses a class per miss:

  unreachable   no report of the incident carries any date (own date or resolved TIME)
  grouping      the record's reports are mostly another incident's
  unresolved    relative TIMEs (أمس، اليوم، فجر الثلاثاء) left unresolved: the reports have no own date
  split         a report of the incident dates the event right, but none of them is in the record
                (it stands alone or in another record; often one undated report against one
                dated, each a record of its own, and the scorer's tie went to the undated one)
  minority      a report in the record dates the event right but the record chose another day
  background    a report of the record resolved a date far (> 1 day) from Airwars' date
  other         none of the above

and counts them by half (incident id parity, as inchalves.sh splits them).
"""
import argparse, collections, csv, datetime, json, os, re

def day(s):
    # a date written without its year (XXXX-12-02, a partial document date) is no day
    return datetime.date.fromisoformat(s[:10]) if s and not s.startswith("XXXX") else None

WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

def archive_years(jsondir):
    """The whole years of the reports' full document dates, as `hadath incidents` takes them."""
    years = []
    for f in os.listdir(jsondir):
        if f.endswith(".json"):
            dd = json.load(open(os.path.join(jsondir, f), encoding="utf-8")).get("document_date")
            if dd and not dd["date"].startswith("XXXX"):
                years.append(int(dd["date"][:4]))
    return (min(years), max(years)) if years else None

def complete(dd, years):
    """A partial document date (XXXX-12-02, its weekday) given the one year of `years` that fits, as DateWindow.only does."""
    if not dd or not dd["date"].startswith("XXXX") or not years:
        return None
    m, d = int(dd["date"][5:7]), int(dd["date"][8:10])
    fits = []
    for y in range(years[0], years[1] + 1):
        try:
            x = datetime.date(y, m, d)
        except ValueError:
            continue
        if not dd.get("weekday") or WEEKDAYS[x.weekday()] == dd["weekday"]:
            fits.append(x)
    return fits[0] if len(fits) == 1 else None

def fill(t, own):
    """A TIME value counted from a partial date (XXXX-12-01) given the year nearest the completed date."""
    if not t or "XXXX" not in t or own is None:
        return t
    def one(mo):
        m, d = int(mo.group(1)), int(mo.group(2))
        c = []
        for y in (own.year - 1, own.year, own.year + 1):
            try:
                c.append(datetime.date(y, m, d))
            except ValueError:
                pass
        return min(c, key=lambda x: abs((x - own).days)).isoformat()
    return re.sub(r"XXXX-(\d\d)-(\d\d)", one, t)

def near(a, b):
    return a is not None and b is not None and abs((a - b).days) <= 1

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("incidents"); ap.add_argument("jsondir")
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--all", action="store_true", help="list right records too")
    ap.add_argument("--quiet", action="store_true", help="only the class counts")
    ap.add_argument("--reports", help="reports.tsv of a subset (inchalves.sh writes one per half)")
    a = ap.parse_args()
    inc = os.path.join(a.shared, "incidents")
    gold = {r["report"]: r["incident"] for r in csv.DictReader(open(a.reports or os.path.join(inc, "reports.tsv"), encoding="utf-8"), delimiter="\t")}
    info = {r["incident"]: r for r in csv.DictReader(open(os.path.join(inc, "incidents.tsv"), encoding="utf-8"), delimiter="\t")}
    pred = json.load(open(a.incidents, encoding="utf-8"))["incidents"]
    votes = collections.defaultdict(collections.Counter)
    for i, p in enumerate(pred):
        for m in p.get("mentions", []):
            votes[m["doc"]][i] += 1
    assign = {r: votes[r].most_common(1)[0][0] for r in gold if votes[r]}
    members = collections.defaultdict(set)  # a set, as score.py keeps it: its ties go the same way
    for r in gold:
        members[gold[r]].add(r)
    classes = collections.Counter()
    years = archive_years(a.jsondir)
    for code in sorted(members):
        reps = members[code]  # score.py breaks ties in this (hash) order: run with PYTHONHASHSEED=0
        half = "odd" if int(re.sub(r"\D", "", code)) % 2 else "even"
        c = collections.Counter(assign[r] for r in reps if r in assign)
        rec = pred[c.most_common(1)[0][0]] if c else {}
        gd = day(info[code]["date"])
        rd = day(rec.get("date"))
        ok = near(rd, gd)
        if ok and not a.all:
            continue
        rec_reports = set(rec.get("reports", []))
        lines = []
        own_dates, resolved, unresolved = [], [], 0
        right_inside = False  # a report in the record whose own date or a TIME is within a day
        for r in sorted(reps):
            path = os.path.join(a.jsondir, r + ".json")
            d = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {"events": []}
            text = open(os.path.join(inc, "texts", r + ".txt"), encoding="utf-8").read()
            dd = d.get("document_date")
            own = (day(dd["date"]) or complete(dd, years)) if dd else None
            if own:
                own_dates.append(own)
            inside = r in rec_reports
            right_inside |= inside and near(own, gd)
            where = "in record" if r in rec_reports else ("record %s" % pred[assign[r]]["id"] if r in assign else "no events")
            src = ""
            if dd:
                b, e = dd.get("begin"), dd.get("end")
                src = " %s%s" % (dd.get("source"), (" «%s»" % text[b:e].replace("\n", " ")) if b is not None else "")
            lines.append("   %s [%s] own=%s%s" % (r, where, own or "-", src))
            seen = set()
            for ev in d["events"]:
                for arg in ev["arguments"]:
                    if arg["role"] != "TIME" or (arg["begin"], arg["end"]) in seen:
                        continue
                    seen.add((arg["begin"], arg["end"]))
                    t = fill(arg.get("time"), own)
                    if t:
                        resolved.append((r, t))
                        if inside and re.match(r"\d{4}-\d\d-\d\d$", t):
                            right_inside |= near(day(t), gd)
                    else:
                        unresolved += 1
                    lines.append("      TIME %-22s «%s» @%d %s" % (t or "?", arg["text"].replace("\n", " "), arg["begin"], arg["rule"]))
        mark = "ok " if ok else "MISS"
        cls = ""
        if not ok:
            gr = [x for x in rec.get("reports", []) if x in gold]
            same = sum(1 for x in gr if gold[x] == code)
            rdates = [day(t[:10]) for _, t in resolved if re.match(r"\d{4}-\d\d-\d\d$", t)]
            if not own_dates and not rdates:
                cls = "unreachable" if unresolved == 0 else "unresolved"
            elif gr and same * 2 < len(gr):
                cls = "grouping"
            elif any(near(x, gd) for x in own_dates + rdates):
                cls = "minority" if right_inside else "split"
            elif any(x is not None and not near(x, gd) for x in rdates):
                cls = "background"
            else:
                cls = "other"
            classes[(cls, half)] += 1
        if not a.quiet:
            print("%s %s %s airwars=%s record=%s %s range=%s reports=%d (in record %d of %d) %s" % (
                mark, code, half, gd, rd, rec.get("id"), rec.get("date_range"), len(reps),
                sum(1 for r in reps if r in rec_reports), len(rec.get("reports", [])), cls))
            print("\n".join(lines))
    print("classes:")
    for cls in sorted({k for k, _ in classes}):
        print("  %-12s odd %2d even %2d" % (cls, classes[(cls, "odd")], classes[(cls, "even")]))

if __name__ == "__main__":
    main()
