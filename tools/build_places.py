#!/usr/bin/env python3
"""Regenerates models/entities/places.tsv from the curated list and the shared gazetteers.

    python3 tools/build_places.py [--shared ../shared] [--out models/entities/places.tsv]

Rows of tools/places_curated.tsv come first and win: a derived row is dropped when one of its
aliases (compared on the same key as org.hadath.normalize.ArabicKeys.matchKey) is already
taken, except that a derived TOWN may share its name with a curated DISTRICT or SUBDISTRICT
(the seat and the unit named after it are different places). Every row keeps its source in
the last column, so NOTICE and users can trace it:
  curated:wikipedia                       hand-curated, approximate coordinates
  syrianarchive                           ../shared/gazetteers/syrianarchive_locations.tsv (CC BY-SA 4.0)
  iraq_geo_data                           ../shared/gazetteers/iraq_admin_ar.tsv (MIT)
  iso-codes                               ../shared/gazetteers/iso3166-1_country_names_ar.tsv (LGPL-2.1+)
  airwars                                 ../shared/airwars/reports.tsv: incident places with
                                          coordinates (Airwars records, via the
                                          syrian-archive-airwars snapshot); governorate from the
                                          nearest place above within 0.25 degrees
"""
import argparse
import os
import re

HEADER = ["id", "name_en", "type", "governorate", "country", "lat", "lon", "aliases", "source"]
DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# Administrative words that the sources sometimes glue to a name ("قضاء القائم"): the bare
# name is added as an alias too, since the recognizer handles these words as cues.
ADMIN_PREFIXES = ["محافظة ", "قضاء ", "ناحية ", "مدينة ", "بلدة ", "قرية ", "منطقة "]
SA_GOVERNORATES = {
    "ALEPPO": "sy-gov-aleppo", "DAMASCUS": "sy-gov-damascus", "DARAA": "sy-gov-daraa",
    "DEIR EZZOR": "sy-gov-deir-ez-zor", "HAMA": "sy-gov-hama", "HASAKAH": "sy-gov-hasakah",
    "HOMS": "sy-gov-homs", "IDLIB": "sy-gov-idlib", "LATTAKIA": "sy-gov-latakia",
    "QUINETRA": "sy-gov-quneitra", "SUWAYDA": "sy-gov-suwayda", "TARTOUS": "sy-gov-tartus",
}


def key(s):
    return " ".join(DIACRITICS.sub("", s).translate(FOLD).split()).replace(" ", "")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            rows.append(dict(zip(header, fields)))
    return rows


def bare_aliases(name):
    out = [name.strip()]
    for p in ADMIN_PREFIXES:
        if name.startswith(p):
            out.append(name[len(p):].strip())
    return out


# Generic words a source gives as a whole name (Syrian Archive lists Khirbet Bajar as خربة,
# "ruin", alone): as an alias they would swallow the first word of every خربة X.
NOT_NAMES = {"خربه"}


def direction_adjectives(path):
    """The compass adjectives of models/entities/place_directions.tsv with the article
    (الشمالي، الشرقية): Syrian Archive lists villages named so, and as aliases they would read
    every الريف الشمالي as a village in Hama."""
    out = set()
    for r in read_tsv(path):
        form = r["form"].strip()
        if " " not in form and form.endswith("ي"):
            out |= {key("ال" + form), key("ال" + form + "ة")}
    return out


AW_CUES = ["قرية ", "بلدة ", "مدينة ", "حي ", "مخيم ", "ناحية ", "منطقة "]
AW_DROP = ["بالقرب من ", "قرب ", "محيط ", "أطراف ", "ريف "]


def add_airwars(path, out, add):
    """Incident places of the Airwars records: the first place of the field, with its cue
    word kept in the alias (حي الثورة, not الثورة: a bare common word would be read as a
    place everywhere); a single ال-word without a cue is skipped for the same reason."""
    if not os.path.exists(path):
        return
    names = {key(a) for o in out for a in (o["aliases"].split("|") if isinstance(o["aliases"], str) else o["aliases"])}
    cue_words = {key(c) for c in AW_CUES + AW_DROP}
    known = [(float(o["lat"]), float(o["lon"]), o["governorate"]) for o in out
             if o["lat"] and o["lon"] and o["governorate"] and o["country"] == "SY"]
    for r in read_tsv(path):
        if not r.get("latitude") or not r.get("longitude"):
            continue
        name = re.split(r"[،,/]| - | في | و ", re.sub("[\u200e\u200f\u202a-\u202e]", "", r["place_ar"]))[0].strip()
        if " بين " in name:
            continue  # a stretch of road between two places, not a place name
        for d in AW_DROP:
            if name.startswith(d):
                name = name[len(d):].strip()
        cue = next((c for c in AW_CUES if name.startswith(c)), None)
        bare = name[len(cue):].strip() if cue else name
        if len(bare) < 3 or re.search(r"[A-Za-z0-9]", bare) or key(bare) in names or key(bare) in cue_words:
            continue  # a place the gazetteers know already, or no name at all
        if not cue and bare.startswith("ال") and " " not in bare:
            continue
        alias = (cue + bare) if cue and (bare.startswith("ال") and " " not in bare) else bare
        lat, lon = float(r["latitude"]), float(r["longitude"])
        gov = ""
        best = 0.25 ** 2
        for (a, b, g) in known:
            d = (a - lat) ** 2 + (b - lon) ** 2
            if d < best:
                best, gov = d, g
        add({"id": "aw-" + slug(r["incident"]), "name_en": "", "type": "TOWN",
             "governorate": gov, "country": "SY", "lat": "%.5f" % lat, "lon": "%.5f" % lon,
             "aliases": [alias], "source": "airwars"})


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(root, "models", "entities", "places.tsv"))
    args = ap.parse_args()
    gaz = os.path.join(args.shared, "gazetteers")

    out, ids, taken = [], set(), {}
    admin_units = {"DISTRICT", "SUBDISTRICT"}

    def add(row, allow_shared_alias=False):
        aliases = [a for a in dict.fromkeys(row["aliases"]) if a]
        if not aliases:
            return False
        if not allow_shared_alias:
            owners = set().union(*(taken.get(key(a), set()) for a in aliases))
            if owners and not (row["type"] == "TOWN" and owners <= admin_units):
                return False
        base, n = row["id"], 2
        while row["id"] in ids:
            row["id"] = f"{base}-{n}"
            n += 1
        ids.add(row["id"])
        for a in aliases:
            taken.setdefault(key(a), set()).add(row["type"] if allow_shared_alias else "derived")
        row["aliases"] = "|".join(aliases)
        out.append(row)
        return True

    for r in read_tsv(os.path.join(here, "places_curated.tsv")):
        r["aliases"] = r["aliases"].split("|")
        # Curated rows may share an alias on purpose (دير الزور: city and governorate).
        add(r, allow_shared_alias=True)

    iraq_gov = {}
    for r in read_tsv(os.path.join(gaz, "iraq_admin_ar.tsv")):
        if r["level"] == "province":
            names = bare_aliases(r["name_ar"])
            existing = next((o["id"] for o in out if o["type"] == "GOVERNORATE"
                             and any(key(a) in {key(n) for n in names}
                                     for a in o["aliases"].split("|"))), None)
            gid = existing or "iq-gov-" + slug(r["province_en"])
            iraq_gov[r["province_en"]] = gid
            if not existing:
                add({"id": gid, "name_en": r["name_en"] + " Governorate", "type": "GOVERNORATE",
                     "governorate": gid, "country": "IQ", "lat": "", "lon": "",
                     "aliases": names, "source": "iraq_geo_data"})
    for r in read_tsv(os.path.join(gaz, "iraq_admin_ar.tsv")):
        if r["level"] == "province":
            continue
        typ = "DISTRICT" if r["level"] == "district" else "SUBDISTRICT"
        gid = iraq_gov.get(r["province_en"], "")
        add({"id": f"iq-{r['level']}-{slug(r['name_en'])}", "name_en": r["name_en"], "type": typ,
             "governorate": gid, "country": "IQ", "lat": "", "lon": "",
             "aliases": bare_aliases(r["name_ar"]), "source": "iraq_geo_data"})

    not_names = NOT_NAMES | direction_adjectives(os.path.join(root, "models", "entities", "place_directions.tsv"))
    for r in read_tsv(os.path.join(gaz, "syrianarchive_locations.tsv")):
        aliases = [a for a in bare_aliases(r["name_ar"]) if key(a) not in not_names]
        if not aliases:
            continue  # a village known only by a common word
        en = r["name_en"]
        typ = "TOWN"
        if en.endswith("nahiyah"):
            typ = "SUBDISTRICT"
        elif en.endswith("mantiqah"):
            typ = "DISTRICT"
        elif en.isupper():
            typ = "GOVERNORATE"
        add({"id": "sa-" + slug(en), "name_en": en, "type": typ,
             "governorate": SA_GOVERNORATES.get(r["region"], ""), "country": "SY",
             "lat": "%.5f" % float(r["lat"]), "lon": "%.5f" % float(r["lon"]),
             "aliases": aliases, "source": "syrianarchive"})

    # Never ../shared/incidents/incidents.tsv: it is the incident scorer's answer key.
    add_airwars(os.path.join(args.shared, "airwars", "reports.tsv"), out, add)

    for r in read_tsv(os.path.join(gaz, "iso3166-1_country_names_ar.tsv")):
        name = DIACRITICS.sub("", r["name_ar"]).strip()
        add({"id": "iso-" + slug(r["name_en"]), "name_en": r["name_en"], "type": "COUNTRY",
             "governorate": "", "country": "", "lat": "", "lon": "",
             "aliases": [name], "source": "iso-codes"})

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# GENERATED by tools/build_places.py from tools/places_curated.tsv and\n"
                "# ../shared/gazetteers (Syrian Archive CC BY-SA 4.0; iraq_geo_data MIT;\n"
                "# Debian iso-codes LGPL-2.1+). Edit the curated file and re-run; do not edit here.\n"
                "# The source column tells where each row comes from.\n")
        f.write("\t".join(HEADER) + "\n")
        for r in out:
            f.write("\t".join(str(r[h]) for h in HEADER) + "\n")
    print(f"{len(out)} places written to {args.out}")


if __name__ == "__main__":
    main()
