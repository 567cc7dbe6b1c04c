#!/usr/bin/env bash
# Builds the benchmarks against the installed library and runs them with JMH's GC profiler, then prints
# the table of BENCHMARKS.md (results also in benchmarks/target/jmh.json).
#
#   bash benchmarks/run.sh                      # the main table: CatalogueBenchmark, about 5 minutes
#   bash benchmarks/run.sh ReadBreakdown        # the read breakdown
#   bash benchmarks/run.sh -wi 1 -i 1 -w 1 -r 1 # a quick look (numbers not to be trusted)
#
# Any argument is passed to JMH. The library must be installed first (from the project root):
#   mvn -B -q -DskipTests install
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f "$HOME/.m2/repository/io/github/linernotes/linernotes/0.1.0-SNAPSHOT/linernotes-0.1.0-SNAPSHOT.jar" ]; then
  echo "Install the library first: (cd .. && mvn -B -q -DskipTests install)" >&2
  exit 1
fi
# ~/.m2 is shared: say which library build is about to be measured.
library="$HOME/.m2/repository/io/github/linernotes/linernotes/0.1.0-SNAPSHOT/linernotes-0.1.0-SNAPSHOT.jar"
echo "library: $(sha256sum "$library" | cut -c1-16)… installed $(date -u -r "$library" '+%Y-%m-%d %H:%M UTC')"
mvn -B -q ${MAVEN_OFFLINE:+-o} package
exec java -cp target/benchmarks.jar io.github.linernotes.bench.Report "$@"
