#!/usr/bin/env bash
# The job as a cluster runs it: spark-submit's own entry point (org.apache.spark.deploy.SparkSubmit) on a
# class path of Spark 4.2.0 and its dependencies alone (cluster-pom.xml), with the job jar as the
# application, in local[2] mode. Its findings and its import must be what the command line prints.
# From the project root, after `mvn install` and `mvn -f integrations/spark/pom.xml package`.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -f .ci/spark/cluster-pom.xml dependency:build-classpath -Dmdep.outputFile="$work/spark.classpath"
job=$(ls integrations/spark/target/linernotes-spark-*-job.jar)
cli=$(ls target/linernotes-*-cli.jar)
reference=src/main/resources/io/github/linernotes/ascenseur-pour-l-echafaud.json

submit() {
  # shellcheck disable=SC2046 # the options are meant to be split on spaces
  java $(cat integrations/spark/.mvn/jvm.config) -cp "$(cat "$work/spark.classpath")" \
    org.apache.spark.deploy.SparkSubmit --master 'local[2]' --conf spark.ui.enabled=false \
    --class io.github.linernotes.spark.LinerNotesSparkJob "$job" "$@" 2>"$work/spark.log"
}

# a catalogue: the reference album 40 times under other titles, ids shared by some, bad lines among them
album=$(java -jar "$cli" convert --to jsonl "$reference")
for i in $(seq 1 40); do
  copy=$(printf '%s' "$album" | sed "s/^{\"title\":\"[^\"]*\"/{\"title\":\"Copy $i\"/")
  case $((i % 8)) in
    1) printf '{"title": "broken\n' ;;
    2) printf '%s\n' "$copy" | sed 's/^{/{"ids":{"discogs":"4242"},/' ;;
    3) printf '%s\n' "$copy" | sed 's/^{/{"bogus":true,/' ;;
    *) printf '%s\n' "$copy" ;;
  esac
done > "$work/catalogue.jsonl"

submit validate "$work/catalogue.jsonl" > "$work/spark-validate.txt"
java -jar "$cli" validate --shared-ids "$work/catalogue.jsonl" > "$work/cli-validate.txt" 2>/dev/null || true
diff "$work/cli-validate.txt" "$work/spark-validate.txt"
grep -c 'shared-album-id' "$work/spark-validate.txt" | grep -qx 4 || { echo "expected 4 shared ids" >&2; exit 1; }
echo "spark-submit validate: $(wc -l <"$work/spark-validate.txt") findings, the same as linernotes validate --shared-ids"

submit validate --out "$work/out" --format parquet "$work/catalogue.jsonl" > "$work/spark-counts.txt"
ls "$work/out/findings/"*.parquet > /dev/null
cat "$work/spark-counts.txt"

dump=../shared/realdata/musicbrainz
if [ -d "$dump" ]; then
  for f in "$dump"/*.json; do tr -d '\n' < "$f"; echo; done > "$work/dump.jsonl"
  submit import --from musicbrainz "$work/dump.jsonl" > "$work/spark-import.jsonl"
  java -jar "$cli" import --from musicbrainz --input jsonl --to jsonl "$work/dump.jsonl" > "$work/cli-import.jsonl" \
    2>/dev/null || true
  cmp "$work/cli-import.jsonl" "$work/spark-import.jsonl"
  echo "spark-submit import: $(wc -l <"$work/spark-import.jsonl") albums, the same as linernotes import"
fi
