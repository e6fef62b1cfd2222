#!/usr/bin/env python3
"""Writes instances/cusco-puno-risk.json: instances/cusco-puno.json plus an "uncertainty" section
for `dorsal risk` (docs/risk.md). Run it again whenever cusco-puno.json changes; the nodes and links
are copied byte for byte, only the name, the description and the uncertainty section differ.

Drivers (factors on the base figures of instances/SOURCES.md):
- demand: lognormal, median 1, sigma 0.25 (about x0.73 .. x1.38 between P10 and P90);
- fiberBuildCapex: triangular 0.9 .. 1.0 .. 1.5 (civil works overrun more often than they undercut);
- transitPrice: triangular 15/27 .. 21/27 .. 1 (the RDNFO tariff of 27 USD/Mbps/month was the
  ceiling; wholesale offers of 15 to 21 USD are the likely range);
- satellitePrice: uniform 0.6 .. 1.2 (LEO offers falling, or not).
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "instances" / "cusco-puno.json"
TARGET = ROOT / "instances" / "cusco-puno-risk.json"

UNCERTAINTY = {
    "drivers": [
        {"multiplier": "demand", "distribution": {"type": "lognormal", "median": 1.0, "sigma": 0.25}},
        {"multiplier": "fiberBuildCapex", "distribution": {"type": "triangular", "min": 0.9, "mode": 1.0, "max": 1.5}},
        {"multiplier": "transitPrice",
         "distribution": {"type": "triangular", "min": round(15 / 27, 6), "mode": round(21 / 27, 6), "max": 1.0}},
        {"multiplier": "satellitePrice", "distribution": {"type": "uniform", "min": 0.6, "max": 1.2}},
    ]
}


def main():
    text = SOURCE.read_text(encoding="utf-8")
    base = json.loads(text)
    if "uncertainty" in base:
        sys.exit(f"{SOURCE} already has an uncertainty section")
    name_line = '  "name": "cusco-puno",\n'
    if text.count(name_line) != 1:
        sys.exit(f"{SOURCE}: expected exactly one line {name_line.strip()}")
    text = text.replace(name_line, '  "name": "cusco-puno-risk",\n', 1)
    description = json.dumps(base["description"])
    text = text.replace(
        f'  "description": {description},',
        '  "description": ' + json.dumps(base["description"] + " With the uncertain inputs of docs/risk.md;"
                                         " built by scripts/build_cusco_puno_risk.py from cusco-puno.json.") + ",",
        1)
    body = text.rstrip()
    if not body.endswith("}"):
        sys.exit(f"{SOURCE} does not end with }}")
    drivers = ",\n".join("      " + json.dumps(d) for d in UNCERTAINTY["drivers"])
    text = body[:-1].rstrip() + ',\n  "uncertainty": {\n    "drivers": [\n' + drivers + "\n    ]\n  }\n}\n"
    out = json.loads(text)
    assert out["nodes"] == base["nodes"] and out["links"] == base["links"]
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
