#!/usr/bin/env python3
"""Extracts the part of schema.org's published vocabulary that Peta MPP's
JSON-LD uses into vocabulary.json (see README.md beside this file).

    python3 extract.py <schemaorg checkout> <release> > vocabulary.json

reads data/releases/<release>/schemaorg-current-https-{types,properties}.csv
of a checkout of https://github.com/schemaorg/schemaorg and writes, for the
types named in ROOTS and every type above them: the type's direct
supertypes; its enumeration members (for enumerations); and every property
schema.org defines on any of those types, with the domains (among them) and
the ranges schema.org gives it. Nothing is added by hand.
"""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

# The types the JSON-LD uses (tools/prerender/src/structured_data.rs) and the
# data types its values have. Their supertypes come in by themselves.
ROOTS = [
    "GovernmentOffice", "GovernmentOrganization", "Organization", "PostalAddress",
    "GeoCoordinates", "OpeningHoursSpecification", "DayOfWeek", "AdministrativeArea",
    "Country", "WebSite", "Dataset", "DataDownload", "CreativeWork",
    "Text", "URL", "Date", "DateTime", "Time", "Number", "Boolean",
]
PREFIX = "https://schema.org/"


def read_csv(repo: Path, release: str, kind: str):
    path = f"data/releases/{release}/schemaorg-current-https-{kind}.csv"
    full = repo / path
    if full.exists():
        text = full.read_text(encoding="utf-8")
    else:  # a bare mirror: read it from git
        text = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"],
                              check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


def labels(cell: str):
    return [u.strip()[len(PREFIX):] for u in cell.split(",") if u.strip().startswith(PREFIX)]


def main():
    repo, release = Path(sys.argv[1]), sys.argv[2]
    types = {row["label"]: row for row in read_csv(repo, release, "types")}
    properties = read_csv(repo, release, "properties")

    wanted, todo = set(), list(ROOTS)
    while todo:
        name = todo.pop()
        if name in wanted:
            continue
        if name not in types:
            sys.exit(f"{name}: not a type in schema.org {release}")
        wanted.add(name)
        todo.extend(labels(types[name]["subTypeOf"]))

    members = {}
    for row in types.values():
        for enum in labels(row["enumerationtype"]):
            if enum in wanted:
                members.setdefault(enum, []).append(row["label"])

    out_types = {
        name: {
            "subTypeOf": sorted(labels(types[name]["subTypeOf"])),
            **({"members": sorted(members[name])} if name in members else {}),
        }
        for name in sorted(wanted)
    }
    out_properties = {}
    for row in sorted(properties, key=lambda r: r["label"]):
        domains = sorted(set(labels(row["domainIncludes"])) & wanted)
        if not domains:
            continue
        entry = {"domainIncludes": domains, "rangeIncludes": sorted(labels(row["rangeIncludes"]))}
        if row["supersededBy"].strip():
            entry["supersededBy"] = labels(row["supersededBy"])
        out_properties[row["label"]] = entry

    json.dump({
        "_source": f"schema.org release {release}, data/releases/{release}/schemaorg-current-https-types.csv and -properties.csv of https://github.com/schemaorg/schemaorg, extracted by tools/prerender/schemaorg/extract.py",
        "_licence": "Schema.org vocabulary: Creative Commons Attribution-ShareAlike 3.0 (https://creativecommons.org/licenses/by-sa/3.0/), see https://schema.org/docs/terms.html. This extract is under the same licence.",
        "types": out_types,
        "properties": out_properties,
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
