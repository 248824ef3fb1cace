#!/usr/bin/env python3
"""Writes Dyad's versioned ontology resources from the ontology facts in ../shared/ontology.

The CAMEO codebook (code, name, Goldstein value, QuadClass) and the CAMEO -> PLOVER 2021 mapping are
facts of the ontologies; this script only changes their layout into the files Dyad loads:

  dyad-core/src/main/resources/org/dyad/ontology/cameo-codebook.tsv
  dyad-core/src/main/resources/org/dyad/ontology/cameo-plover.tsv
  dyad-core/src/main/resources/org/dyad/ontology/plover-categories.tsv

Usage (from the repository root): python3 tools/ontology/build_ontology.py [../shared/ontology]
Re-run it only when the ontology version changes; bump VERSION below when you do.
"""
import csv, os, sys

VERSION = "cameo-1.1b3+plover-2021.1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dyad-core", "src", "main", "resources", "org", "dyad", "ontology")


def rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "ontology")
    known = {r["code"].strip() for r in rows(os.path.join(src, "cameo_codes.tsv"))}
    with open(os.path.join(OUT, "cameo-codebook.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# version\t{VERSION}\n")
        out.write("# code\tquad_class\tgoldstein\tgoldstein_gdelt\tname\n")
        for r in rows(os.path.join(src, "cameo_codes.tsv")):
            g = r["goldstein"].strip()
            gd = (r.get("goldstein_gdelt") or "").strip() or g
            out.write(f"{r['code'].strip()}\t{r['quad_class'].strip()}\t{g}\t{gd}\t{r['name'].strip()}\n")
    with open(os.path.join(OUT, "cameo-plover.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# version\t{VERSION}\n")
        out.write("# cameo_code\tplover_category\tplover_mode\tplover_context\n")
        mapping = {}  # a code listed twice keeps its last row, as the PLOVER scorer reads the table
        for r in rows(os.path.join(src, "cameo2plover.tsv")):
            if not r["plover_event"].strip():
                continue
            if r["cameo_code"].strip() not in known:
                # The PLOVER table lists a few codes CAMEO 1.1b3 does not have (1214): they could
                # never be produced by Dyad, so they are left out rather than kept as dead rows.
                print(f"skipped {r['cameo_code'].strip()}: not a CAMEO 1.1b3 code", file=sys.stderr)
                continue
            mapping[r["cameo_code"].strip()] = [r["cameo_code"].strip(), r["plover_event"].strip(),
                    (r["plover_mode"] or "").strip() or "-", (r["plover_context"] or "").strip() or "-"]
        for vals in mapping.values():
            out.write("\t".join(vals) + "\n")
    with open(os.path.join(OUT, "plover-categories.tsv"), "w", encoding="utf-8") as out:
        out.write(f"# version\t{VERSION}\n")
        out.write("# category\tquad_class\trequires_recipient\tmodes\n")
        quads = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
        for r in rows(os.path.join(src, "plover_categories.tsv")):
            modes = ";".join(m for m in (r["modes"] or "").split(";") if m.strip()) or "-"
            out.write(f"{r['category'].strip()}\t{quads[r['quad'].strip()]}\t"
                      f"{'yes' if r['requires_recipient'].strip().lower() == 'yes' else 'no'}\t{modes}\n")


if __name__ == "__main__":
    main()
