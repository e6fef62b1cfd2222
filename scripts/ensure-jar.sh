# Sourced by the scripts here: sets $root and $jar, building the jar first when it is missing or
# older than the sources.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/planner/target/dorsal.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/planner/src/main" "$root/pom.xml" "$root/planner/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "dorsal: building $jar (once) ..." >&2
  (cd "$root" && ./mvnw -q -B package -DskipTests >&2)
fi
