#!/usr/bin/env python3
"""Real-news scoreboard by halves: develop on one half, check on the other.

    python3 tools/scoreboard.py [--shared ../shared] [--jar-dir .] [--out DIR] [--skip-extract] [--assault]

Runs `./hadath extract` over the shared material (seeds, corpus/dev, airwars, labelled
sentences; with --assault also the gsr_assault sentences), then prints, for the whole set
and for each half (odd/even dev reports and airwars reports, first/last 150 labelled
sentences), the figures of the shared scorers. The half split is the one the brief asks
for: rules are written on the "odd"/"first" half and checked on the other.
"""
import argparse, csv, importlib.util, json, os, re, subprocess, sys, tempfile


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def number(name):
    m = re.search(r"(\d+)", name)
    return int(m.group(1)) if m else 0


def corpus_line(corpus, gold, pred, names):
    with tempfile.TemporaryDirectory() as g:
        for n in names:
            os.symlink(os.path.join(gold, n + ".json"), os.path.join(g, n + ".json"))
        r = corpus.score(g, pred)
    ev, ar, qt = r["events"], r["arguments"], r["quantities"]
    types = " ".join(f"{t}={f:.2f}" for t, (p, rc, f) in r["by_type"].items())
    return (f"events P={ev[0]:.3f} R={ev[1]:.3f} F1={ev[2]:.3f} | args F1={ar[2]:.3f} "
            f"| qty F1={qt[2]:.3f} | neg={r['negative'][2]:.2f} hyp={r['hypothetical'][2]:.2f} | {types}")


def events_of(path):
    if not os.path.exists(path):
        return []
    return json.load(open(path, encoding="utf-8")).get("events", [])


def sentence_line(rows, pred):
    tp = fp = fn = none_n = none_fa = 0
    for r in rows:
        gold, unsure = set(), set()
        for t in r["types"].split(","):
            t = t.strip()
            if t and t != "NONE":
                (unsure if t.endswith("?") else gold).add(t.rstrip("?").split(":")[0])
        pred_types = {e["type"] for e in events_of(os.path.join(pred, r["id"] + ".json"))} - unsure
        tp += len(pred_types & gold); fp += len(pred_types - gold); fn += len(gold - pred_types)
        if not gold and not unsure:
            none_n += 1
            none_fa += bool(events_of(os.path.join(pred, r["id"] + ".json")))
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * rc / (p + rc) if p + rc else 0.0
    return f"P={p:.3f} R={rc:.3f} F1={f:.3f} false_alarm={none_fa / max(none_n, 1):.3f} ({none_fa}/{none_n})"


def airwars_line(aw, rows, pred):
    det = placed = dn = dok = 0
    for r in rows:
        strikes = [e for e in events_of(os.path.join(pred, r["report"] + ".json")) if e["type"] == "STRIKE"]
        key = aw.place_key(r["place_ar"])
        here = [e for e in strikes if any(
            a["role"] in ("LOCATION", "TARGET", "ORIGIN", "DESTINATION") and
            (key in aw.norm(a["text"]) or (len(aw.norm(a["text"])) >= 3 and aw.norm(a["text"]) in key))
            for a in e["arguments"])]
        det += bool(strikes); placed += bool(here)
        if r["civilian_deaths_min"] and int(r["civilian_deaths_min"]) > 0:
            lo = int(r["civilian_deaths_min"]); hi = int(r["civilian_deaths_max"] or lo)
            lo_t, hi_t = int(lo * 0.7), -(-hi * 13 // 10)
            dn += 1
            dok += any(c["kind"] == "KILLED" and c["min"] is not None and c["min"] <= hi_t and
                       lo_t <= (c["max"] if c["max"] is not None else 10**9)
                       for e in here for c in e["casualties"])
    n = max(len(rows), 1)
    return f"n={len(rows)} detected={det / n:.3f} placed={placed / n:.3f} deaths={dok}/{dn}={dok / max(dn, 1):.3f}"


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--project", default=here)
    ap.add_argument("--shared", default=os.path.join(here, "..", "shared"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--skip-extract", action="store_true")
    ap.add_argument("--assault", action="store_true")
    a = ap.parse_args()
    shared = os.path.abspath(a.shared)
    work = a.out or tempfile.mkdtemp(prefix="scoreboard-")
    pred, sent = os.path.join(work, "out"), os.path.join(work, "sent")
    if not a.skip_extract:
        subprocess.run([sys.executable, os.path.join(shared, "sentences", "score.py"), "split", sent],
                       check=True, stdout=subprocess.DEVNULL)
        inputs = []
        for d in ("corpus/seeds", "corpus/dev/texts", "airwars/texts"):
            full = os.path.join(shared, d)
            inputs += [os.path.join(full, f) for f in sorted(os.listdir(full)) if f.endswith(".txt")]
        subs = ["labelled"] + (["assault"] if a.assault else [])
        for s in subs:
            full = os.path.join(sent, s)
            inputs += [os.path.join(full, f) for f in sorted(os.listdir(full))]
        os.makedirs(pred, exist_ok=True)
        subprocess.run([os.path.join(a.project, "hadath"), "extract", "--no-progress", "--out", pred] + inputs,
                       stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "stderr.txt"), "w"))
    corpus = load(os.path.join(shared, "corpus", "score.py"), "corpus_score")
    aw = load(os.path.join(shared, "airwars", "score.py"), "airwars_score")
    print(f"predictions in {pred}")
    seeds = sorted(f[:-5] for f in os.listdir(os.path.join(shared, "corpus", "gold")) if f.endswith(".json"))
    print("seeds          " + corpus_line(corpus, os.path.join(shared, "corpus", "gold"), pred, seeds))
    dgold = os.path.join(shared, "corpus", "dev", "gold")
    dev = sorted(f[:-5] for f in os.listdir(dgold) if f.endswith(".json"))
    print("dev all        " + corpus_line(corpus, dgold, pred, dev))
    print("dev odd  (dev) " + corpus_line(corpus, dgold, pred, [d for d in dev if number(d) % 2 == 1]))
    print("dev even (chk) " + corpus_line(corpus, dgold, pred, [d for d in dev if number(d) % 2 == 0]))
    rows = list(csv.DictReader(open(os.path.join(shared, "sentences", "labelled.tsv"), encoding="utf-8"),
                               delimiter="\t", quoting=csv.QUOTE_NONE))
    print("sent all       " + sentence_line(rows, pred))
    print("sent 1-150     " + sentence_line(rows[:150], pred))
    print("sent 151-300   " + sentence_line(rows[150:], pred))
    if a.assault:
        easy = [r for r in csv.DictReader(open(os.path.join(shared, "sentences", "gsr_assault.tsv"), encoding="utf-8"),
                                          delimiter="\t", quoting=csv.QUOTE_NONE) if r["gsr_label"] == "easy no"]
        fa = sum(bool(events_of(os.path.join(pred, r["id"] + ".json"))) for r in easy)
        print(f"easy-no        false_alarm={fa / max(len(easy), 1):.3f} ({fa}/{len(easy)})")
    aw_rows = list(csv.DictReader(open(os.path.join(shared, "airwars", "reports.tsv"), encoding="utf-8"), delimiter="\t"))
    print("airwars all    " + airwars_line(aw, aw_rows, pred))
    print("airwars odd    " + airwars_line(aw, [r for r in aw_rows if number(r["report"]) % 2 == 1], pred))
    print("airwars even   " + airwars_line(aw, [r for r in aw_rows if number(r["report"]) % 2 == 0], pred))


if __name__ == "__main__":
    main()
