#!/usr/bin/env python3
"""Build instances/peru-south.json: a mid-size Dorsal instance of southern Peru (Cusco and
Madre de Dios, about 3,000 sites).

Python 3 standard library only, deterministic, no network. Run from anywhere:

    python3 scripts/build_peru_south.py

Built exactly as the national instance, by build_peru_national.py's code, restricted to the
departments below: their provincial capitals are the gateways and their rural villages are
clustered into sites (same radius, demand, optional sites, penalties, uplinks and economics).
Inputs as build_peru_national.py's. Every figure and assumption is documented in
instances/SOURCES.md and docs/peru-south.md.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True      # leave no __pycache__ in scripts/
from build_peru_national import Region, build  # noqa: E402

# Knobs: which departments, and the site-count range the script insists on. The clustering
# radius is the national one; with it Cusco alone gives 2,850 sites, Puno alone 3,532, Cusco
# and Madre de Dios 3,104 (see docs/peru-south.md).
SOUTH = Region(name="peru-south", label="south (departments Cusco and Madre de Dios)",
               script="build_peru_south.py",
               departments=("08", "17"),    # INEI ubigeo: Cusco, Madre de Dios (they border)
               cluster_radius_km=1.75, sites_range=(2700, 3400))

if __name__ == "__main__":
    build(SOUTH)
