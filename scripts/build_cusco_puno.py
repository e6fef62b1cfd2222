#!/usr/bin/env python3
"""Build instances/cusco-puno.json: a regional Dorsal instance for Cusco (08) and Puno (21).

Python 3 standard library only, deterministic, no network. Run from anywhere:

    python3 scripts/build_cusco_puno.py

Inputs (read-only): /work/shared/data/peru/districts.csv and provincial_capitals.csv
(override the folder with the DORSAL_PERU_DATA environment variable).
Every figure and assumption is documented in instances/SOURCES.md and docs/cusco-puno.md.
"""

import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True      # leave no __pycache__ in scripts/
from peru_data import (  # noqa: E402  (shared knobs and helpers, scripts/peru_data.py)
    ADOPTION, DEMAND_MAX_MBPS, DEMAND_MIN_MBPS, DEMAND_STEP_MBPS, MBPS_PER_USER, ROUTE_FACTOR,
    OPTIONAL_PERCENTILE, PENALTY_USD_PER_PERSON, REPO, check_capitals, constraints, csv_node,
    dumps, economics, fail_on, gateway_node, haversine_km, lease_options, load_instance, obj_line,
    optional_cutoff, read_csv, render_head, round_half_up, write_verified, wrote)

# --------------------------------------------------------------------------------------
# Knobs (all figures documented in instances/SOURCES.md); the economics, gateway and demand
# knobs it shares with build_peru_national.py are in peru_data.py
# --------------------------------------------------------------------------------------
OUT_PATH = os.path.join(REPO, "instances", "cusco-puno.json")
GENERATED_OUT_PATH = os.path.join(REPO, "instances", "cusco-puno-generated.json")

DEPARTMENTS = ("08", "21")          # INEI ubigeo: Cusco, Puno

# Demand (the rest in peru_data.py; ADOPTION applies to the capital-town population)
URBAN_FALLBACK_SHARE = 0.15         # share of pop_2025_proj used when the urban 2023 figure is blank

# Microwave candidates (E3NB Peru inputs, cost-figures.md §2)
MW_MAX_KM = 45.0
MW_NEIGHBOURS = 8
MW_RADIOS_USD = 6000                # both ends
MW_ANTENNA_PAIR = ((10.0, 1200), (20.0, 2200), (30.0, 3600), (math.inf, 4460))  # (up to km, USD)
MW_SURVEY_USD = 8700
MW_POWER_USD = 12000                # only when a new tower is built
MW_TOWER_USD_PER_10M = 10000
MW_EXISTING_TOWER_MAX_KM = 15.0     # up to here: existing towers at both ends
MW_TOWER_30M_MAX_KM = 30.0          # up to here: one new 30 m tower; beyond: one new 50 m tower
MW_OPTIONS = (                      # (id, capacity Mbps, extra capex USD, max hop km)
    ("mw-28mhz", 200, 0, math.inf),
    ("mw-56mhz", 400, 4000, math.inf),
    ("mw-112mhz-xpic", 1000, 12000, 30.0),
)
MW_OPEX_SHARE = 0.10                # opex per year as share of capex (cost-figures.md §5)

# Fiber build candidates
FB_MAX_KM = 60.0                    # geodesic distance limit
FB_NEIGHBOURS = 3
FB_USD_PER_KM = {"SIERRA": 24700, "SELVA": 28100, "COSTA": 17800}
FB_OPTIONS = (("fo-1g", 1000, 4000), ("fo-10g", 10000, 12000))   # optics both ends
FB_OPEX_USD_PER_KM_YEAR = 100

# Fiber lease candidates (regional fiber projects)
FL_MAX_KM = 40.0                    # geodesic distance site -> nearest gateway
# (options, price, hand-off capex and the route factor: peru_data.py, shared with peru-national)

# Satellite candidates
SAT_OPTIONS = (("sat-50m", 50), ("sat-100m", 100), ("sat-300m", 300))
SAT_CAPEX_USD = 5000                # terminal
SAT_USD_PER_MBPS_MONTH = 150        # assumed GEO HTS price

TECH_ORDER = ("fiber-existing", "fiber-lease", "fiber-build", "microwave", "satellite")


# --------------------------------------------------------------------------------------
def node_km(a, b):
    """Great-circle distance between two nodes."""
    return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])


def km1(x):
    return round(x, 1)


def money(x):
    """Whole dollars as int when integral, else 2 decimals."""
    r = round(x, 2)
    return int(r) if r == int(r) else r


# --------------------------------------------------------------------------------------
def build_nodes():
    districts = [d for d in read_csv("districts.csv") if d["ubigeo_department"] in DEPARTMENTS]
    capitals = [c for c in read_csv("provincial_capitals.csv") if c["ubigeo_department"] in DEPARTMENTS]
    cap_ids = check_capitals(capitals, districts)

    gateways = []
    for c in sorted(capitals, key=lambda c: c["capital_district_ubigeo"]):
        gateways.append(dict(gateway_node(c), _region=c["natural_region"]))

    raw_sites = [d for d in districts if d["ubigeo_inei"] not in cap_ids]
    pops = sorted(int(d["pop_2025_proj"]) for d in raw_sites)
    p_cut = optional_cutoff(pops)

    sites = []
    fallbacks = 0
    for d in sorted(raw_sites, key=lambda d: d["ubigeo_inei"]):
        pop = int(d["pop_2025_proj"])
        if d["pop_urban_2023"].strip():
            town = float(d["pop_urban_2023"])
        else:
            town = URBAN_FALLBACK_SHARE * pop
            fallbacks += 1
        mbps = ADOPTION * town * MBPS_PER_USER
        mbps = min(DEMAND_MAX_MBPS, max(DEMAND_MIN_MBPS, mbps))
        mbps = round_half_up(mbps, DEMAND_STEP_MBPS)
        node = csv_node("S-" + d["ubigeo_inei"], "site", d["capital_name"], d,
                        demandMbps=mbps, population=pop, required=not pop < p_cut,
                        _region=d["natural_region"])
        if not node["required"]:
            node["unservedPenaltyUsd"] = PENALTY_USD_PER_PERSON * pop
        sites.append(node)
    return gateways, sites, p_cut, fallbacks


def nearest(node, others, max_km, k):
    """The k nearest of others within max_km of node, ties broken by id."""
    cand = []
    for o in others:
        if o["id"] == node["id"]:
            continue
        d = node_km(node, o)
        if d <= max_km:
            cand.append((d, o["id"]))
    cand.sort()
    return cand[:k]


def pair_key(a, b):
    return (a, b) if a < b else (b, a)


def mw_capex(length_km):
    antenna = next(usd for up_to, usd in MW_ANTENNA_PAIR if length_km <= up_to)
    if length_km <= MW_EXISTING_TOWER_MAX_KM:
        tower, power = 0, 0
    elif length_km <= MW_TOWER_30M_MAX_KM:
        tower, power = 3 * MW_TOWER_USD_PER_10M, MW_POWER_USD
    else:
        tower, power = 5 * MW_TOWER_USD_PER_10M, MW_POWER_USD
    return MW_RADIOS_USD + antenna + MW_SURVEY_USD + power + tower


def build_links(gateways, sites):
    nodes = gateways + sites
    by_id = {n["id"]: n for n in nodes}
    links = []

    # Microwave: never gateway-gateway; kNN within MW_MAX_KM, kept if either end lists the other.
    mw_pairs = set()
    for n in nodes:
        partners = sites if n["kind"] == "gateway" else nodes
        for _, oid in nearest(n, partners, MW_MAX_KM, MW_NEIGHBOURS):
            mw_pairs.add(pair_key(n["id"], oid))
    for a, b in sorted(mw_pairs):
        length = km1(node_km(by_id[a], by_id[b]))
        base = mw_capex(length)
        opts = []
        for oid, cap, extra, max_km in MW_OPTIONS:
            if length > max_km:
                continue
            capex = base + extra
            opts.append({"id": oid, "capacityMbps": cap, "capexUsd": capex,
                         "opexUsdPerYear": money(MW_OPEX_SHARE * capex)})
        links.append({"id": f"MW-{a}-{b}", "from": a, "to": b, "technology": "microwave",
                      "lengthKm": length, "options": opts})

    # Fiber build: each node's FB_NEIGHBOURS nearest nodes (any kind) within FB_MAX_KM.
    fb_pairs = set()
    for n in nodes:
        for _, oid in nearest(n, nodes, FB_MAX_KM, FB_NEIGHBOURS):
            fb_pairs.add(pair_key(n["id"], oid))
    for a, b in sorted(fb_pairs):
        length = km1(node_km(by_id[a], by_id[b]) * ROUTE_FACTOR)
        per_km = (FB_USD_PER_KM[by_id[a]["_region"]] + FB_USD_PER_KM[by_id[b]["_region"]]) / 2
        opts = [{"id": oid, "capacityMbps": cap, "capexUsd": capex,
                 "opexUsdPerYear": money(FB_OPEX_USD_PER_KM_YEAR * length)}
                for oid, cap, capex in FB_OPTIONS]
        links.append({"id": f"FB-{a}-{b}", "from": a, "to": b, "technology": "fiber-build",
                      "lengthKm": length, "buildUsdPerKm": money(per_km), "options": opts})

    # Fiber lease: each site to its nearest gateway when within FL_MAX_KM (geodesic).
    for s in sites:
        near = nearest(s, gateways, FL_MAX_KM, 1)
        if not near:
            continue
        d, gid = near[0]
        a, b = pair_key(s["id"], gid)
        links.append({"id": f"FL-{a}-{b}", "from": a, "to": b, "technology": "fiber-lease",
                      "lengthKm": km1(d * ROUTE_FACTOR), "options": lease_options()})

    # Satellite: a terminal at every site.
    for s in sites:
        opts = [{"id": oid, "capacityMbps": cap, "capexUsd": SAT_CAPEX_USD, "opexUsdPerYear": 0,
                 "leaseUsdPerMbpsMonth": SAT_USD_PER_MBPS_MONTH} for oid, cap in SAT_OPTIONS]
        links.append({"id": f"SAT-{s['id']}", "from": s["id"], "technology": "satellite",
                      "options": opts})

    links.sort(key=lambda l: (TECH_ORDER.index(l["technology"]), l["id"]))
    return links


# --------------------------------------------------------------------------------------
def render(inst):
    """Pretty-print: one line per node and per option, like instances/tiny.json."""
    out = render_head(inst)
    out.append('  "nodes": [')
    nodes = inst["nodes"]
    for i, n in enumerate(nodes):
        out.append("    " + obj_line(n) + ("," if i < len(nodes) - 1 else ""))
    out.append("  ],")
    out.append('  "links": [')
    links = inst["links"]
    for i, l in enumerate(links):
        head = ", ".join(f"{dumps(k)}: {dumps(v)}" for k, v in l.items() if k != "options")
        out.append("    { " + head + ', "options": [')
        opts = l["options"]
        for j, o in enumerate(opts):
            out.append("        " + obj_line(o) + ("," if j < len(opts) - 1 else ""))
        out.append("      ] }" + ("," if i < len(links) - 1 else ""))
    out.append("  ]")
    out.append("}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------
def verify(path):
    inst = load_instance(path)
    errors = []

    def num(where, v, allow_negative=False):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            errors.append(f"{where}: not a number")
        elif not math.isfinite(v):
            errors.append(f"{where}: not finite")
        elif v < 0 and not allow_negative:
            errors.append(f"{where}: negative")

    if inst.get("schema") != "dorsal-instance/1":
        errors.append("schema tag")
    num("economics.horizonYears", inst["economics"]["horizonYears"])
    num("economics.discountRate", inst["economics"]["discountRate"])
    num("constraints.maxMicrowaveHops", inst["constraints"]["maxMicrowaveHops"])

    kinds = {}
    for n in inst["nodes"]:
        if n["id"] in kinds:
            errors.append(f"duplicate node id {n['id']}")
        kinds[n["id"]] = n["kind"]
        num(f"{n['id']}.lat", n["lat"], True)
        num(f"{n['id']}.lon", n["lon"], True)
        if not (-90 <= n["lat"] <= 90 and -180 <= n["lon"] <= 180):
            errors.append(f"{n['id']}: coordinates out of range")
        for k, v in n.items():
            if k not in ("id", "kind", "name", "lat", "lon", "required"):
                num(f"{n['id']}.{k}", v)
        if n["kind"] == "gateway" and not n["uplinkCapacityMbps"] > 0:
            errors.append(f"{n['id']}: uplink must be > 0")
        if n["kind"] == "site":
            if not n["demandMbps"] > 0:
                errors.append(f"{n['id']}: demand must be > 0")
            if n["required"] and "unservedPenaltyUsd" in n:
                errors.append(f"{n['id']}: penalty on a required site")

    link_ids = set()
    linked = set()
    for l in inst["links"]:
        lid = l["id"]
        if lid in link_ids:
            errors.append(f"duplicate link id {lid}")
        link_ids.add(lid)
        for end in ("from", "to"):
            if end in l and l[end] not in kinds:
                errors.append(f"{lid}: unknown node {l[end]}")
        if l["technology"] == "satellite":
            if "to" in l:
                errors.append(f"{lid}: satellite link with a 'to'")
        else:
            if "to" not in l:
                errors.append(f"{lid}: missing 'to'")
            elif l["from"] == l["to"]:
                errors.append(f"{lid}: self link")
            num(f"{lid}.lengthKm", l["lengthKm"])
            if (l["technology"] == "microwave" and kinds.get(l["from"]) == "gateway"
                    and kinds.get(l["to"]) == "gateway"):
                errors.append(f"{lid}: gateway-gateway microwave")
        if "buildUsdPerKm" in l:
            num(f"{lid}.buildUsdPerKm", l["buildUsdPerKm"])
        linked.add(l["from"])
        if "to" in l:
            linked.add(l["to"])
        if not l["options"]:
            errors.append(f"{lid}: no options")
        opt_ids = set()
        for o in l["options"]:
            if o["id"] in opt_ids:
                errors.append(f"{lid}: duplicate option {o['id']}")
            opt_ids.add(o["id"])
            for k, v in o.items():
                if k != "id":
                    num(f"{lid}/{o['id']}.{k}", v)
            if not o["capacityMbps"] > 0:
                errors.append(f"{lid}/{o['id']}: capacity must be > 0")

    n_sites = sum(1 for k in kinds.values() if k == "site")
    for nid, k in kinds.items():
        if k == "site" and nid not in linked:
            errors.append(f"site {nid} has no link")
    if n_sites < 150:
        errors.append(f"only {n_sites} sites (< 150)")
    if len(link_ids) < 1500:
        errors.append(f"only {len(link_ids)} links (< 1500)")
    fail_on(errors)
    return inst


# --------------------------------------------------------------------------------------
def main():
    gateways, sites, p_cut, fallbacks = build_nodes()
    links = build_links(gateways, sites)
    nodes = []
    for n in gateways + sites:
        nodes.append({k: v for k, v in n.items() if not k.startswith("_")})

    inst = {
        "schema": "dorsal-instance/1",
        "name": "cusco-puno",
        "description": (
            "Departments of Cusco (08) and Puno (21), Peru: provincial capitals as gateways, "
            "other district capitals as sites; demand from INEI/MINAM population; candidate "
            "microwave, fiber-build, fiber-lease and satellite links priced from "
            "cost-figures.md. Built by scripts/build_cusco_puno.py; sources and assumptions "
            "in instances/SOURCES.md."),
        "economics": economics(),
        "constraints": constraints(),
        "nodes": nodes,
        "links": links,
    }
    write_verified(OUT_PATH, render(inst), verify)

    # The same region with its candidates generated by Dorsal itself (issue 3): the nodes, the
    # default candidateRules and only the links geography cannot give, the wholesale leases.
    generated = dict(inst)
    generated["name"] = "cusco-puno-generated"
    generated["description"] = (
        "The nodes of cusco-puno with candidate microwave, fiber-build and satellite links "
        "generated by Dorsal's default candidateRules (docs/instance-format.md); the given "
        "links are only cusco-puno's fiber leases. Built by scripts/build_cusco_puno.py; "
        "sources in instances/SOURCES.md.")
    generated["candidateRules"] = {}
    generated["links"] = [l for l in links if l["technology"] == "fiber-lease"]
    with open(GENERATED_OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(generated))

    n_opt = sum(1 for s in sites if not s["required"])
    by_tech = {t: sum(1 for l in links if l["technology"] == t) for t in TECH_ORDER}
    demand = sum(s["demandMbps"] for s in sites)
    print(wrote(OUT_PATH))
    print(f"nodes: {len(nodes)} = gateway {len(gateways)}, site {len(sites)} "
          f"({len(sites) - n_opt} required, {n_opt} optional; population cut-off "
          f"P{OPTIONAL_PERCENTILE} = {p_cut:.1f}; urban-population fallbacks {fallbacks})")
    print("links: " + str(len(links)) + " = "
          + ", ".join(f"{t} {c}" for t, c in by_tech.items() if c))
    print(f"total demand: {demand:,} Mbps over {len(sites)} sites "
          f"(min {min(s['demandMbps'] for s in sites)}, max {max(s['demandMbps'] for s in sites)}); "
          f"population of sites {sum(s['population'] for s in sites):,}")


if __name__ == "__main__":
    main()
