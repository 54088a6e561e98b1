#!/usr/bin/env python3
"""Indonesia's national holidays (libur nasional) and joint-leave days (cuti
bersama) as data/holidays.json, from the `holidays` package on PyPI.

    python3 tools/holidays/generate.py [--years 2026 2027] [--check FILE]

The package's `public` category holds the national holidays and its
`government` category the joint-leave days (SKB 3 Menteri). Names are the
package's own, in Indonesian ("id") and English ("en_US"). Where the package
only estimates a date (Islamic dates of a later year, "(perkiraan)"), the
entry says `"estimated": true` and its names lose the suffix, which the app
puts back in the page's language. Nothing is added or corrected by hand.

Without --years it writes this year and the next. With --check it writes
nothing and exits 1 when FILE differs from what the package gives for FILE's
own years (the drift test, tools/feed-builder/tests/holidays.rs).
`make holidays` installs the pinned version and runs this.
"""

import argparse
import datetime
import json
import sys

import holidays

# The one pin: tools/holidays/install.sh reads it from here.
PINNED = "0.109"

KINDS = (("public", "national"), ("government", "joint_leave"))


def names(category, language, years):
    days = holidays.country_holidays(
        "ID", years=years, language=language, categories=(category,)
    )
    suffix = days.tr(days.estimated_label) % ""
    result = {}
    for date in sorted(days):
        result[date] = [
            (name[: -len(suffix)], True) if name.endswith(suffix) else (name, False)
            for name in days.get_list(date)
        ]
    return result


def generate(years):
    entries = []
    for category, kind in KINDS:
        in_id = names(category, "id", years)
        in_en = names(category, "en_US", years)
        for date, id_names in in_id.items():
            en_names = in_en.get(date, [])
            if len(en_names) != len(id_names):
                sys.exit(f"{date}: {len(id_names)} Indonesian names, {len(en_names)} English")
            for (name_id, est_id), (name_en, est_en) in zip(id_names, en_names):
                if est_id != est_en:
                    sys.exit(f"{date}: estimated in one language only")
                entry = {"date": date.isoformat(), "kind": kind, "name_id": name_id, "name_en": name_en}
                if est_id:
                    entry["estimated"] = True
                entries.append(entry)
    entries.sort(key=lambda e: (e["date"], e["kind"] != "national", e["name_id"]))
    return {
        "source": f"holidays {holidays.__version__} (https://pypi.org/project/holidays/), "
        "country ID, categories public (libur nasional) and government (cuti bersama)",
        "generated_by": "tools/holidays/generate.py",
        "years": list(years),
        "days": entries,
    }


def dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+")
    parser.add_argument("--check", metavar="FILE")
    parser.add_argument("--out", default="data/holidays.json")
    args = parser.parse_args()
    if holidays.__version__ != PINNED:
        sys.exit(f"holidays {holidays.__version__} installed, {PINNED} pinned: run `make holidays`")
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            committed = f.read()
        expected = dump(generate(json.loads(committed)["years"]))
        if committed != expected:
            sys.exit(f"{args.check} differs from holidays {PINNED}: run `make holidays`")
        print(f"{args.check} equals holidays {PINNED}")
        return
    year = datetime.date.today().year
    years = args.years or [year, year + 1]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(dump(generate(years)))
    print(f"wrote {args.out}: {years}")


if __name__ == "__main__":
    main()
