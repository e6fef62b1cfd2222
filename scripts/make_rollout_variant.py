#!/usr/bin/env python3
"""Writes a roll-out variant of an instance (docs/rollout.md).

The variant keeps every node and link of the base instance. Sites start at the demand that grows
to the base instance's demand in the last year of the horizon (demandMbps / (1+g)^(T-1), rounded
to 0.01 Mbps), so the network at the end of the roll-out carries what the static plan carries.
Optional sites come online in --optional-first-year. A yearly capex budget may be set.

usage: make_rollout_variant.py BASE.json OUT.json --growth 0.12 [--budget-per-year USD]
                               [--optional-first-year 4]
"""
import argparse
import json


def main():
    p = argparse.ArgumentParser()
    p.add_argument("base")
    p.add_argument("out")
    p.add_argument("--growth", type=float, required=True)
    p.add_argument("--budget-per-year", type=float)
    p.add_argument("--optional-first-year", type=int, default=1)
    a = p.parse_args()
    with open(a.base, encoding="utf-8") as f:
        inst = json.load(f)
    years = inst["economics"]["horizonYears"]
    factor = (1 + a.growth) ** (years - 1)
    sites = []
    for n in inst["nodes"]:
        if n["kind"] != "site":
            continue
        n["demandMbps"] = round(n["demandMbps"] / factor, 2)
        if not n.get("required", True) and a.optional_first_year > 1:
            sites.append({"siteId": n["id"], "firstYear": a.optional_first_year})
    rollout = {"demandGrowthPerYear": a.growth}
    if a.budget_per_year is not None:
        rollout["capexBudgetUsdPerYear"] = a.budget_per_year
    if sites:
        rollout["sites"] = sites
    inst["name"] = inst["name"] + "-rollout"
    inst["description"] = (
        "Roll-out variant of " + a.base.split("/")[-1] + " made by scripts/make_rollout_variant.py: demand grows "
        + str(round(a.growth * 100, 2)) + " % a year to the base instance's demand in year " + str(years)
        + (", optional sites online from year " + str(a.optional_first_year) if sites else "")
        + (", capex budget " + str(a.budget_per_year) + " USD a year" if a.budget_per_year is not None else "")
        + ". " + inst.get("description", ""))
    inst["rollout"] = rollout
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(one_item_per_line(inst))


def one_item_per_line(inst):
    """The instance as JSON with one node, link or roll-out site per line."""
    parts = []
    for key, value in inst.items():
        if isinstance(value, list):
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in value)
            parts.append("  " + json.dumps(key) + ": [\n" + items + "\n  ]")
        else:
            parts.append("  " + json.dumps(key) + ": " + json.dumps(value, ensure_ascii=False))
    return "{\n" + ",\n".join(parts) + "\n}\n"


if __name__ == "__main__":
    main()
