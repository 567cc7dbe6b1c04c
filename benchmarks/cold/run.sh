#!/usr/bin/env bash
# The cold-start comparison: wall time of validating one JSON Lines catalogue, each tool started afresh,
# three runs each, the median printed. From the project root, after `mvn -B -q -DskipTests package`:
#
#   bash benchmarks/cold/run.sh                 # makes target/cold/big.jsonl (10,200 reference albums) first
#   bash benchmarks/cold/run.sh FILE [RUNS]
#
# Compared: `java -Xmx64m -jar target/linernotes-*-cli.jar validate FILE`, the launcher `bin/linernotes
# validate FILE` (with LINERNOTES_JAVA_OPTS=-Xmx64m; its class-data archive is made by one untimed run
# first, in target/cold/cache) and ajv (`npm ci` here installs ajv-cli 5.0.0, whose ajv 8 runs ajv-lines.js:
# every line against #/$defs/album of the library's JSON Schema).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jar=$(ls target/linernotes-*-cli.jar | head -n 1)
file=${1:-target/cold/big.jsonl}
runs=${2:-3}
mkdir -p target/cold
if [ ! -f "$file" ]; then
  java -cp "$jar" benchmarks/cold/BigCatalogue.java "$file" 10200
fi
[ -d benchmarks/cold/node_modules ] || (cd benchmarks/cold && npm ci --silent)
schema=src/main/resources/io/github/linernotes/json/catalogue.schema.json
export LINERNOTES_CACHE=$root/target/cold/cache LINERNOTES_JAVA_OPTS=-Xmx64m
bin/linernotes validate "$file" >/dev/null 2>&1 || true  # makes the archive

median() {  # label command...
  local label=$1
  shift
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U' -o target/cold/time.txt "$@" >/dev/null 2>&1 || true
    times+=("$(cat target/cold/time.txt)")
  done
  printf '%-28s median %s s wall   (runs, wall and user s: %s)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2) {print $1}')" \
    "$(printf '%s, ' "${times[@]}")"
}
echo "$(wc -c <"$file") bytes, $(wc -l <"$file") lines; load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
median "ajv (node ajv-lines.js)" node benchmarks/cold/ajv-lines.js "$schema" "$file"
median "java -Xmx64m -jar" java -Xmx64m -jar "$jar" validate "$file"
median "bin/linernotes" bin/linernotes validate "$file"
echo "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
