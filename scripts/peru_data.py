"""Shared by the Peru instance builders, scripts/build_cusco_puno.py and build_peru_national.py.

Python 3 standard library only. Not run on its own: each builder puts its own folder on
sys.path and imports this module, so the builders still run from anywhere as
`python3 scripts/build_X.py`.

Holds the knobs both instances use (economics, gateways, demand; all figures documented in
instances/SOURCES.md), reading the shared CSVs, haversine, rounding, the JSON line rendering
both instance files use, and writing an instance only after it verifies.
"""

import csv
import json
import math
import os
import statistics
import sys

# --------------------------------------------------------------------------------------
# Shared knobs (all figures documented in instances/SOURCES.md)
# --------------------------------------------------------------------------------------
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_DIR = os.environ.get("DORSAL_PERU_DATA", "/work/shared/data/peru")

EARTH_RADIUS_KM = 6371.0088         # mean Earth radius (IUGG) for haversine

# Economics and constraints
CURRENCY = "USD"
HORIZON_YEARS = 10
DISCOUNT_RATE = 0.10
MAX_MICROWAVE_HOPS = 4

# Gateways (provincial capitals)
GATEWAY_UPLINK_MBPS = 10000         # assumed RDNFO node port (10 GbE)
GATEWAY_TRANSIT_USD_PER_MBPS_MONTH = 27   # RDNFO contract tariff

# Leased fiber of the regional networks (same terms in both instances; assumed)
FL_OPTIONS = (("lease-100m", 100), ("lease-1g", 1000))
FL_USD_PER_MBPS_MONTH = 10          # between the RDNFO's 27 USD backbone tariff and retail
FL_CAPEX_USD = 2000                 # hand-off equipment
ROUTE_FACTOR = 1.3                  # route length / great-circle distance


def lease_options():
    """The options of a leasable regional-network route."""
    return [{"id": oid, "capacityMbps": cap, "capexUsd": FL_CAPEX_USD, "opexUsdPerYear": 0,
             "leaseUsdPerMbpsMonth": FL_USD_PER_MBPS_MONTH} for oid, cap in FL_OPTIONS]


# Demand
ADOPTION = 0.35                     # share of the population that are active users (assumed);
                                    # cusco-puno: of the capital town, peru-national: of the cluster
MBPS_PER_USER = 0.23                # busy-hour Mbps per active smartphone (cost-figures.md §6)
DEMAND_MIN_MBPS = 20
DEMAND_MAX_MBPS = 300
DEMAND_STEP_MBPS = 5                # cusco-puno rounds demand to the nearest multiple of this
                                    # (halves up), peru-national rounds it UP to a multiple
OPTIONAL_PERCENTILE = 10            # sites below this percentile of site population are optional
PENALTY_USD_PER_PERSON = 250        # assumed social value of connecting one person


# --------------------------------------------------------------------------------------
def read_csv(name):
    with open(os.path.join(DATA_DIR, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check_capitals(capitals, districts):
    """The capitals' district ubigeo codes; exits unless districts.csv flags exactly these."""
    cap_ids = {c["capital_district_ubigeo"] for c in capitals}
    flagged = {d["ubigeo_inei"] for d in districts if d["is_provincial_capital"] == "1"}
    if cap_ids != flagged:
        sys.exit("provincial_capitals.csv and districts.csv disagree on provincial capitals")
    return cap_ids


def csv_node(node_id, kind, name, row, **fields):
    """A node placed at a CSV row's lat, lon (5 decimals) and altitude_m (0.1 m), then fields."""
    return dict({"id": node_id, "kind": kind, "name": name,
                 "lat": round(float(row["lat"]), 5),
                 "lon": round(float(row["lon"]), 5),
                 "elevationM": round(float(row["altitude_m"]), 1)}, **fields)


def gateway_node(capital):
    """The gateway node of a provincial_capitals.csv row."""
    return csv_node("G-" + capital["capital_district_ubigeo"], "gateway", capital["capital_name"],
                    capital, uplinkCapacityMbps=GATEWAY_UPLINK_MBPS,
                    transitUsdPerMbpsMonth=GATEWAY_TRANSIT_USD_PER_MBPS_MONTH)


def optional_cutoff(pops):
    """The OPTIONAL_PERCENTILE-th percentile of the site populations: statistics.quantiles,
    'inclusive' method (linear interpolation, as numpy's default)."""
    return statistics.quantiles(pops, n=100, method="inclusive")[OPTIONAL_PERCENTILE - 1]


def economics():
    return {"currency": CURRENCY, "horizonYears": HORIZON_YEARS, "discountRate": DISCOUNT_RATE}


def constraints():
    return {"maxMicrowaveHops": MAX_MICROWAVE_HOPS}


# --------------------------------------------------------------------------------------
def haversine_km(lat1, lon1, lat2, lon2):
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def round_half_up(x, step=1):
    """Round x to the nearest multiple of step, halves upward (no banker's rounding)."""
    return int(math.floor(x / step + 0.5)) * step


# --------------------------------------------------------------------------------------
def dumps(v):
    return json.dumps(v, ensure_ascii=False)


def obj_line(d):
    return "{ " + ", ".join(f"{dumps(k)}: {dumps(v)}" for k, v in d.items()) + " }"


def render_head(inst):
    """The opening lines of an instance file, up to the nodes: one line per field, economics
    and constraints on one line each, candidateRules when the instance has them."""
    out = ["{"]
    for k in ("schema", "name", "description"):
        out.append(f"  {dumps(k)}: {dumps(inst[k])},")
    out.append(f'  "economics": {obj_line(inst["economics"])},')
    out.append(f'  "constraints": {obj_line(inst["constraints"])},')
    if "candidateRules" in inst:
        out.append(f'  "candidateRules": {dumps(inst["candidateRules"])},')
    return out


def write_verified(path, text, verify):
    """Write text to path through a temporary file that verify(tmp_path) checks first."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    verify(tmp)
    os.replace(tmp, path)


def load_instance(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fail_on(errors):
    """Exit with the first 50 errors, if any."""
    if errors:
        sys.exit("verification failed:\n  " + "\n  ".join(errors[:50]))


def wrote(path):
    """The summary line for a written file."""
    return f"wrote {os.path.relpath(path, REPO)} ({os.path.getsize(path):,} bytes)"
