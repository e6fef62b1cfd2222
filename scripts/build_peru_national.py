#!/usr/bin/env python3
"""Build instances/peru-national.json: a national Dorsal instance of Peru.

Python 3 standard library only, deterministic, no network. Run from anywhere:

    python3 scripts/build_peru_national.py

Inputs (read-only): /work/shared/data/peru/districts.csv, provincial_capitals.csv and
centros_poblados.csv (override the folder with the DORSAL_PERU_DATA environment variable).

Gateways are the 196 provincial capitals; sites are clusters of rural villages (centros
poblados), each standing at the most central village of its cluster. The instance has no
explicit links: `"candidateRules": {}` asks the planner to generate the candidate links with
its default rules. Every figure and assumption is documented in instances/SOURCES.md and
docs/peru-national.md.

build(region) builds any part of Peru this way: the Region NATIONAL below is all of it, and
scripts/build_peru_south.py builds instances/peru-south.json with a Region of its own.
"""

import heapq
import json
import math
import os
import statistics
import sys
from collections import Counter, defaultdict
from typing import NamedTuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True      # leave no __pycache__ in scripts/
from peru_data import (  # noqa: E402  (shared knobs and helpers, scripts/peru_data.py)
    ADOPTION, DEMAND_MAX_MBPS, DEMAND_MIN_MBPS, DEMAND_STEP_MBPS, GATEWAY_UPLINK_MBPS,
    MBPS_PER_USER, OPTIONAL_PERCENTILE, PENALTY_USD_PER_PERSON, REPO, ROUTE_FACTOR,
    check_capitals, constraints, csv_node, dumps, economics, fail_on, gateway_node, haversine_km,
    lease_options, load_instance, optional_cutoff, read_csv, render_head, round_half_up,
    write_verified, wrote)

# --------------------------------------------------------------------------------------
# Knobs (all figures documented in instances/SOURCES.md); the economics, gateway and demand
# knobs are cusco-puno's, shared with build_cusco_puno.py in peru_data.py
# --------------------------------------------------------------------------------------
class Region(NamedTuple):
    """The knobs that set one instance built this way apart from another (build_peru_south.py
    builds a part of Peru with its own Region)."""
    name: str                       # instance name; written to instances/<name>.json
    label: str                      # the region as the description names it
    script: str                     # the builder, named in the description
    departments: tuple              # ubigeo department codes of the region; () = all of Peru
    cluster_radius_km: float        # every village of a cluster is within this of the seed
    sites_range: tuple              # (min, max): the script fails when the site count leaves it


NATIONAL = Region(name="peru-national", label="national", script="build_peru_national.py",
                  departments=(), cluster_radius_km=1.75, sites_range=(30000, 40000))

# Gateways (provincial capitals)
GATEWAY_EXCLUDE_DEPARTMENTS = ()    # ubigeo departments whose capitals are not gateways; none
                                    # (the data does not say which 16 capitals the RDNFO missed)

# Regional fiber networks (PRONATEL regional projects; regional_fiber_projects.csv): departments
# whose project reached an award or a later stage in the data. Tendered only, with no award in
# the data: Arequipa, La Libertad, Pasco, San Martin (not included). Each district capital of
# these departments (other than the provincial capitals, which are gateways) is taken as an
# access node of the network (a relay), with a leasable route to its province's capital.
REGIONAL_NETWORK_DEPARTMENTS = {
    "01": "Amazonas", "02": "Ancash", "03": "Apurimac", "05": "Ayacucho", "09": "Huancavelica",
    "10": "Huanuco", "11": "Ica", "12": "Junin", "14": "Lambayeque", "15": "Lima (provincias)",
    "18": "Moquegua", "21": "Puno", "23": "Tacna"}
REGIONAL_NETWORK_EXCLUDE_PROVINCES = ("1501",)   # Lima Metropolitana: not "Lima (provincias)"

# Villages -> sites
VILLAGE_AREA_TYPES = ("Rural",)     # Urban centros poblados are left to the operators' networks
GATEWAY_SKIP_KM = 1.0               # rural villages this close to a gateway are served by its town
POOL_MAX_KM = 10.0                  # a district with no village of its own pools its rural
                                    # population into the district of the nearest village in the
                                    # same province, if that village is this close to its capital
# The clustering radius and the site-count range are the Region's (NATIONAL above)

# Demand: peru_data.py's knobs, applied to the cluster's rural population and rounded UP to a
# multiple of DEMAND_STEP_MBPS

# Every node must lie in the box of the bundled propagation grid (which covers Peru)
LAT_RANGE = (-18.5, 0.0)
LON_RANGE = (-81.5, -68.5)


# --------------------------------------------------------------------------------------
def ceil_step(x, step):
    """Round x up to a multiple of step (x rounded to 6 decimals first, against float noise)."""
    return int(math.ceil(round(x / step, 6))) * step


class PointIndex:
    """Points on a lat/lon grid whose cells are at least radius_km wide everywhere in Peru,
    so all points within radius_km of a point lie in its own or the 8 neighbouring cells."""

    def __init__(self, points, radius_km):
        self.points = points            # list of (lat, lon)
        self.radius = radius_km
        self.dlat = radius_km / 110.5
        self.dlon = radius_km / (111.32 * math.cos(math.radians(max(map(abs, LAT_RANGE)))))
        self.cells = defaultdict(list)
        for i, (la, lo) in enumerate(points):
            self.cells[self._cell(la, lo)].append(i)

    def _cell(self, la, lo):
        return math.floor(la / self.dlat), math.floor(lo / self.dlon)

    def within(self, la, lo):
        """Indices (ascending) of the points within radius_km of (la, lo), with distances."""
        a, b = self._cell(la, lo)
        out = []
        for x in (a - 1, a, a + 1):
            for y in (b - 1, b, b + 1):
                for j in self.cells.get((x, y), ()):
                    d = haversine_km(la, lo, *self.points[j])
                    if d <= self.radius:
                        out.append((j, d))
        out.sort()
        return out


# --------------------------------------------------------------------------------------
def in_region(code, departments):
    """Whether an ubigeo code (department, district or village) lies in the departments;
    () = all of Peru."""
    return not departments or code[:2] in departments


def build_gateways(districts, departments):
    capitals = read_csv("provincial_capitals.csv")
    check_capitals(capitals, districts.values())
    capitals = [c for c in capitals if in_region(c["ubigeo_department"], departments)]
    gateways = []
    for c in sorted(capitals, key=lambda c: c["capital_district_ubigeo"]):
        if c["ubigeo_department"] in GATEWAY_EXCLUDE_DEPARTMENTS:
            continue
        gateways.append(gateway_node(c))
    return gateways, len(capitals)


def load_villages(districts, gateways, stats, departments):
    """The rural villages of the departments that become sites, each with a population
    estimate (float)."""
    rows = read_csv("centros_poblados.csv")
    stats["villages read"] = len(rows)
    if len({r["ubigeo_ccpp"] for r in rows}) != len(rows):
        sys.exit("centros_poblados.csv has duplicate ubigeo_ccpp")
    unknown = {r["ubigeo_district"] for r in rows} - set(districts)
    if unknown:
        sys.exit(f"villages coded to districts not in districts.csv: {sorted(unknown)[:10]}")
    if departments:     # districts pool within their province, so never across the region's edge
        rows = [r for r in rows if in_region(r["ubigeo_district"], departments)]
        districts = {code: d for code, d in districts.items() if in_region(code, departments)}
        stats[f"in departments {', '.join(departments)}"] = len(rows)
    rural = [r for r in rows if r["area_type"] in VILLAGE_AREA_TYPES]
    stats["skipped: urban (area_type not Rural)"] = len(rows) - len(rural)

    # Rural villages per district code, counted from the village list itself.
    n_rural = Counter(r["ubigeo_district"] for r in rural)
    for code, d in districts.items():
        if str(n_rural[code]) != (d["n_ccpp_rural"] or "0"):
            sys.exit(f"district {code}: n_ccpp_rural {d['n_ccpp_rural']} but {n_rural[code]} villages")

    # Rural population per district code; districts created after the village list have no
    # village of their own (theirs are coded to the parent): pool them into the district of
    # the nearest rural village in the same province.
    pool = {code: float(d["pop_rural_2023"]) for code, d in districts.items()}
    pooled, unplaced = [], []
    by_province = defaultdict(list)
    for r in rural:
        by_province[r["ubigeo_district"][:4]].append(r)
    for code in sorted(districts):
        d = districts[code]
        if n_rural[code] or pool[code] == 0:
            continue
        la, lo = float(d["lat"]), float(d["lon"])
        best = min(((haversine_km(la, lo, float(r["lat"]), float(r["lon"])), r["ubigeo_ccpp"], r)
                    for r in by_province[code[:4]]), default=None, key=lambda t: t[:2])
        if best is not None and best[0] <= POOL_MAX_KM:
            parent = best[2]["ubigeo_district"]
            pool[parent] += pool[code]
            pooled.append((code, parent, pool[code], best[0]))
        else:
            unplaced.append((code, pool[code], None if best is None else best[0]))
        pool[code] = 0.0

    # Skips: no rural population in the district, or next to a gateway.
    gw_index = PointIndex([(g["lat"], g["lon"]) for g in gateways], GATEWAY_SKIP_KM)
    villages, near_gw_pop = [], 0.0
    for r in sorted(rural, key=lambda r: r["ubigeo_ccpp"]):
        code = r["ubigeo_district"]
        pop = pool[code] / n_rural[code]
        la, lo = float(r["lat"]), float(r["lon"])
        if pop == 0:
            stats["skipped: rural, district has no rural population 2023"] += 1
            continue
        if gw_index.within(la, lo):
            stats[f"skipped: rural, within {GATEWAY_SKIP_KM:g} km of a gateway"] += 1
            near_gw_pop += pop
            continue
        villages.append({"ccpp": r["ubigeo_ccpp"], "district": code, "name": r["name"],
                         "lat": la, "lon": lo, "pop": pop})
    stats["rural villages kept"] = len(villages)
    return villages, pooled, unplaced, near_gw_pop


def cluster(villages, radius_km):
    """Greedy cover: repeatedly take the village with the most unclustered villages within
    radius_km (ties: lowest ubigeo_ccpp) and make it and them one cluster."""
    index = PointIndex([(v["lat"], v["lon"]) for v in villages], radius_km)
    neighbours = [[j for j, _ in index.within(v["lat"], v["lon"])] for v in villages]
    free = [True] * len(villages)
    heap = [(-len(nb), i) for i, nb in enumerate(neighbours)]   # i follows ubigeo_ccpp order
    heapq.heapify(heap)
    clusters = []
    while heap:
        neg, i = heapq.heappop(heap)
        if not free[i]:
            continue
        members = [j for j in neighbours[i] if free[j]]
        if len(members) < -neg:         # stale count: re-queue with the current one
            heapq.heappush(heap, (-len(members), i))
            continue
        for j in members:
            free[j] = False
        clusters.append(members)
    return clusters


def central(villages, members):
    """The member with the least sum of distances to the other members (ties: lowest code)."""
    best = None
    for i in members:
        vi = villages[i]
        s = sum(haversine_km(vi["lat"], vi["lon"], villages[j]["lat"], villages[j]["lon"])
                for j in members if j != i)
        key = (round(s, 9), vi["ccpp"])
        if best is None or key < best[0]:
            best = (key, i)
    return best[1]


def build_sites(districts, villages, clusters):
    raw = []
    for members in clusters:
        c = villages[central(villages, members)]
        pop = round_half_up(sum(villages[j]["pop"] for j in members))
        raw.append((c, pop, len(members)))
    pops = sorted(p for _, p, _ in raw)
    p_cut = optional_cutoff(pops)
    sites = []
    for c, pop, size in sorted(raw, key=lambda t: t[0]["ccpp"]):
        mbps = ceil_step(pop * ADOPTION * MBPS_PER_USER, DEMAND_STEP_MBPS)
        mbps = min(DEMAND_MAX_MBPS, max(DEMAND_MIN_MBPS, mbps))
        node = {
            "id": "S-" + c["ccpp"],
            "kind": "site",
            "name": c["name"],
            "lat": round(c["lat"], 5),
            "lon": round(c["lon"], 5),
            "elevationM": round(float(districts[c["district"]]["altitude_m"]), 1),
            "demandMbps": mbps,
            "population": pop,
        }
        if pop < p_cut:
            node["required"] = False
            node["unservedPenaltyUsd"] = PENALTY_USD_PER_PERSON * pop
        sites.append((node, size))
    return sites, p_cut


def build_access_nodes(districts, gateways, departments):
    """The regional networks' access nodes (relays at district capitals) and their leasable
    routes to the province's capital: (nodes, links, access nodes dropped near a gateway)."""
    by_id = {g["id"]: g for g in gateways}
    nodes, links, near_gateway = [], [], 0
    for code in sorted(districts):
        d = districts[code]
        if (d["ubigeo_department"] not in REGIONAL_NETWORK_DEPARTMENTS
                or d["ubigeo_province"] in REGIONAL_NETWORK_EXCLUDE_PROVINCES
                or not in_region(code, departments) or d["is_provincial_capital"] == "1"):
            continue
        gateway = by_id.get("G-" + d["ubigeo_province"] + "01")
        if gateway is None:
            fail_on([f"district {code}: no gateway at its province's capital"])
        lat, lon = float(d["lat"]), float(d["lon"])
        km = haversine_km(lat, lon, gateway["lat"], gateway["lon"])
        if km <= GATEWAY_SKIP_KM:
            near_gateway += 1       # the capital is the gateway's own town
            continue
        node = csv_node("R-" + code, "relay", d["capital_name"] + " (regional network node)", d)
        nodes.append(node)
        links.append({"id": f"FL-{node['id']}-{gateway['id']}", "from": node["id"],
                      "to": gateway["id"], "technology": "fiber-lease",
                      "lengthKm": round(km * ROUTE_FACTOR, 1), "options": lease_options()})
    return nodes, links, near_gateway


def drop_defaults(node):
    """Omit fields equal to their instance-format defaults."""
    defaults = {"elevationM": 0, "population": 0, "required": True, "transitUsdPerMbpsMonth": 0,
                "unservedPenaltyUsd": 0}
    return {k: v for k, v in node.items() if not (k in defaults and v == defaults[k])}


# --------------------------------------------------------------------------------------
def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def render(inst):
    """One line per node, like instances/cusco-puno.json, but node lines without blanks
    (about 0.6 MB less over 33,000 nodes)."""
    out = render_head(inst)     # the instance always has candidateRules
    out.append('  "nodes": [')
    nodes = inst["nodes"]
    for i, n in enumerate(nodes):
        out.append("    " + compact(n) + ("," if i < len(nodes) - 1 else ""))
    out.append("  ],")
    links = inst["links"]
    if not links:
        out.append('  "links": []')
    else:
        out.append('  "links": [')
        for i, l in enumerate(links):
            out.append("    " + compact(l) + ("," if i < len(links) - 1 else ""))
        out.append("  ]")
    out.append("}")
    return "\n".join(out) + "\n"


def verify(path, sites_range):
    inst = load_instance(path)
    errors = []

    def num(where, v, positive=False):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            errors.append(f"{where}: not a finite number")
        elif v < 0 or (positive and v == 0):
            errors.append(f"{where}: must be {'> 0' if positive else '>= 0'}")

    if inst.get("schema") != "dorsal-instance/1":
        errors.append("schema tag")
    if inst.get("candidateRules") != {}:
        errors.append("expected candidateRules {}")
    num("economics.horizonYears", inst["economics"]["horizonYears"], True)
    num("economics.discountRate", inst["economics"]["discountRate"])
    num("constraints.maxMicrowaveHops", inst["constraints"]["maxMicrowaveHops"], True)

    ids = set()
    kinds = Counter()
    for n in inst["nodes"]:
        nid = n["id"]
        if nid in ids:
            errors.append(f"duplicate node id {nid}")
        ids.add(nid)
        kinds[n["kind"]] += 1
        prefix = {"gateway": "G-", "site": "S-", "relay": "R-"}.get(n["kind"])
        if prefix is None or not nid.startswith(prefix) or "-" in nid[2:] or not nid[2:].isdigit():
            errors.append(f"{nid}: id must be G-<digits> (gateway), S-<digits> (site) or "
                          "R-<digits> (relay)")
        if not n.get("name"):
            errors.append(f"{nid}: no name")
        if not (LAT_RANGE[0] <= n["lat"] <= LAT_RANGE[1] and LON_RANGE[0] <= n["lon"] <= LON_RANGE[1]):
            errors.append(f"{nid}: {n['lat']}, {n['lon']} is outside Peru's box")
        for k, v in n.items():
            if k not in ("id", "kind", "name", "lat", "lon", "required"):
                num(f"{nid}.{k}", v, k in ("uplinkCapacityMbps", "demandMbps"))
        if n["kind"] == "gateway" and "uplinkCapacityMbps" not in n:
            errors.append(f"{nid}: no uplinkCapacityMbps")
        if n["kind"] == "site":
            if "demandMbps" not in n:
                errors.append(f"{nid}: no demandMbps")
            if not isinstance(n.get("population", 0), int):
                errors.append(f"{nid}: population not an integer")
            if n.get("required", True) and "unservedPenaltyUsd" in n:
                errors.append(f"{nid}: penalty on a required site")
            if n.get("required") is True:
                errors.append(f"{nid}: redundant required: true")
    if not kinds["gateway"]:
        errors.append("no gateway")
    link_ids = set()
    for l in inst["links"]:
        if l["id"] in link_ids:
            errors.append(f"duplicate link id {l['id']}")
        link_ids.add(l["id"])
        if l["technology"] != "fiber-lease" or l["from"] not in ids or l.get("to") not in ids:
            errors.append(f"{l['id']}: expected a fiber-lease between two nodes of the instance")
        num(f"{l['id']}.lengthKm", l["lengthKm"], True)
        for o in l["options"]:
            for k in ("capacityMbps", "capexUsd", "opexUsdPerYear", "leaseUsdPerMbpsMonth"):
                num(f"{l['id']}.{o['id']}.{k}", o[k], k == "capacityMbps")
    if not sites_range[0] <= kinds["site"] <= sites_range[1]:
        errors.append(f"{kinds['site']} sites, outside [{sites_range[0]}, {sites_range[1]}]: "
                      "retune the Region's cluster_radius_km")
    fail_on(errors)
    return inst


# --------------------------------------------------------------------------------------
def build(region):
    """Write and verify instances/<region.name>.json and print its counts."""
    out_path = os.path.join(REPO, "instances", region.name + ".json")
    radius = region.cluster_radius_km
    districts = {d["ubigeo_inei"]: d for d in read_csv("districts.csv")}
    gateways, n_capitals = build_gateways(districts, region.departments)
    stats = Counter()
    villages, pooled, unplaced, near_gw_pop = load_villages(districts, gateways, stats,
                                                            region.departments)
    clusters = cluster(villages, radius)
    sites, p_cut = build_sites(districts, villages, clusters)
    access, leases, access_near_gateway = build_access_nodes(districts, gateways, region.departments)

    nodes = ([drop_defaults(n) for n in gateways] + [drop_defaults(n) for n, _ in sites]
             + [drop_defaults(n) for n in access])
    inst = {
        "schema": "dorsal-instance/1",
        "name": region.name,
        "description": (
            f"Peru, {region.label}: the {len(gateways)} provincial capitals as gateways; clusters of "
            f"rural centros poblados (INEI, radius {radius:g} km) as sites, each at its "
            "most central village; demand from the 2023 rural population of the district split evenly over "
            "its villages; candidate links generated by the planner's default rules"
            + (f"; {len(access)} district capitals as access nodes of the regional fiber networks, "
               "each with a leasable route to its provincial capital" if access else "")
            + f". Built by scripts/{region.script}; sources and assumptions in instances/SOURCES.md."),
        "economics": economics(),
        "constraints": constraints(),
        "candidateRules": {},
        "nodes": nodes,
        "links": leases,
    }
    write_verified(out_path, render(inst), lambda path: verify(path, region.sites_range))

    site_nodes = [n for n, _ in sites]
    sizes = [s for _, s in sites]
    n_opt = sum(1 for n in site_nodes if n.get("required") is False)
    demands = sorted(n["demandMbps"] for n in site_nodes)
    pops = sorted(n["population"] for n in site_nodes)
    print(wrote(out_path))
    print(f"gateways: {len(gateways)} of {n_capitals} provincial capitals")
    if access or access_near_gateway:
        lease_km = sorted(l["lengthKm"] for l in leases)
        print(f"regional-network access nodes: {len(access):,} relays in "
              f"{len({n['id'][2:4] for n in access})} departments ({access_near_gateway} district "
              f"capitals within {GATEWAY_SKIP_KM:g} km of their gateway left out); leasable routes "
              f"to the provincial capital: median {statistics.median(lease_km):g} km, max "
              f"{lease_km[-1]:g} km, total {sum(lease_km):,.0f} km")
    print("villages:")
    for k in stats:
        print(f"  {k}: {stats[k]:,}")
    print(f"  rural population 2023 of the villages next to a gateway (left to it): "
          f"{round_half_up(near_gw_pop):,}")
    print(f"districts with no village of their own: {len(pooled)} pooled into a neighbour, "
          f"{len(unplaced)} unplaced")
    for code, parent, pop, km in pooled:
        print(f"  {code} -> {parent} ({pop:,.0f} people, nearest village {km:.2f} km)")
    for code, pop, km in unplaced:
        where = "no village in the province" if km is None else f"nearest village {km:.1f} km"
        print(f"  {code} unplaced ({pop:,.0f} people, {where})")
    size_hist = Counter(min(s, 10) for s in sizes)
    print(f"clusters (radius {radius} km): {len(clusters):,}; villages per cluster: "
          + ", ".join(f"{k if k < 10 else '10+'}: {size_hist[k]:,}" for k in sorted(size_hist))
          + f"; max {max(sizes)}")
    print(f"sites: {len(site_nodes):,} ({len(site_nodes) - n_opt:,} required, {n_opt:,} optional; "
          f"population cut-off P{OPTIONAL_PERCENTILE} = {p_cut:.1f})")
    by_department = Counter(districts[n["id"][2:8]]["departamento"] for n in site_nodes)
    print("sites by department: " + ", ".join(
        f"{d} {k:,}" for d, k in sorted(by_department.items(), key=lambda t: (-t[1], t[0]))))
    print(f"site population: total {sum(pops):,}, min {pops[0]}, median "
          f"{statistics.median(pops):g}, max {pops[-1]:,}")
    at_min = sum(1 for d in demands if d == DEMAND_MIN_MBPS)
    at_max = sum(1 for d in demands if d == DEMAND_MAX_MBPS)
    print(f"site demand: total {sum(demands):,} Mbps, min {demands[0]}, median "
          f"{statistics.median(demands):g}, max {demands[-1]}; {at_min:,} at the "
          f"{DEMAND_MIN_MBPS} Mbps floor, {at_max:,} at the {DEMAND_MAX_MBPS} cap")
    # Load on each gateway if every site used its nearest one (a rough uplink check only)
    load = Counter()
    for n in site_nodes:
        g = min(gateways, key=lambda g: (haversine_km(n["lat"], n["lon"], g["lat"], g["lon"]), g["id"]))
        load[g["id"]] += n["demandMbps"]
    (gid, top), = load.most_common(1)
    over = sum(1 for v in load.values() if v > GATEWAY_UPLINK_MBPS)
    print(f"demand by nearest gateway: max {top:,} Mbps at {gid}; {over} gateways over their "
          f"{GATEWAY_UPLINK_MBPS:,} Mbps uplink")


if __name__ == "__main__":
    build(NATIONAL)
