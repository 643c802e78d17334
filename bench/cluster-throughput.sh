#!/usr/bin/env bash
# Measures a DeepCanvas cluster on this machine, prints Markdown tables and writes them with the machine, date,
# commit and load to docs/cluster-results.md (docs/performance.md, "Cluster"):
#   1. throughput of a queue of equal runs with one worker process, then two (each one run at a time, one native
#      thread), in runs per hour, and the ratio: by just-started workers, then by the same workers warmed up;
#   2. the load one training run at default metric settings puts on PostgreSQL (statements, rows and commits per
#      second, from pg_stat_statements and pg_stat_database), and what an idle worker costs.
#
#   bench/cluster-throughput.sh                  8 runs of Iris, 200 epochs, batch 4 (about 10 minutes idle)
#   bench/cluster-throughput.sh 6 60 4           runs, epochs, batch size
#
# It starts a private PostgreSQL (.ci/postgres) with pg_stat_statements, and workers of the packaged jar
# (frontend/target/deepcanvas.jar, built when missing). Run it on an otherwise idle machine. Extra Maven options go in
# MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ ! -f frontend/target/deepcanvas.jar ]; then
  mvn -q -B ${MAVEN_ARGS:-} -DskipTests install
else
  mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
fi
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null

home=$(mktemp -d -t deepcanvas-cluster-bench.XXXXXX)
# The server's own folder: as root, .ci/postgres hands it to the postgres user, which must be able to reach it.
pg_home=$(mktemp -d -t deepcanvas-cluster-bench-pg.XXXXXX)
cp frontend/target/deepcanvas.jar "$home/deepcanvas.jar"
trap '"$root/.ci/postgres" stop "$pg_home" >/dev/null 2>&1 || true; rm -rf "$home" "$pg_home"' EXIT
"$root/.ci/postgres" start "$pg_home"
# shellcheck disable=SC1091
. "$pg_home/env"
psql=("$DEEPCANVAS_TEST_PG_BIN/psql" -h 127.0.0.1 -p "$(cat "$pg_home/port")" -U "$DEEPCANVAS_TEST_PG_USER" -d deepcanvas -q)
# pg_stat_statements counts every statement; it must be loaded when the server starts.
PGPASSWORD=$DEEPCANVAS_TEST_PG_PASSWORD "${psql[@]}" -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
"$root/.ci/postgres" stop "$pg_home"
"$root/.ci/postgres" resume "$pg_home"
PGPASSWORD=$DEEPCANVAS_TEST_PG_PASSWORD "${psql[@]}" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

# The report is written by this script, never copied by hand: docs/cluster-results.md, replaced only when the
# bench completes (an interrupted run leaves docs/cluster-results.md.partial).
results="$root/docs/cluster-results.md"
partial="$results.partial"
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit+changes"; fi
{
  echo "# Cluster bench results"
  echo
  echo "Written by \`bench/cluster-throughput.sh $*\` (docs/performance.md, \"Cluster\", explains the tables)."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- commit: $commit"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} > "$partial"
java -Xmx2g -Dorg.bytedeco.javacpp.maxbytes=2G -Dorg.bytedeco.javacpp.maxphysicalbytes=5G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.cluster.ClusterBench \
  "$home/deepcanvas.jar" "$@" | tee -a "$partial"
{
  echo
  echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$partial"
mv "$partial" "$results"
echo "Report written to docs/cluster-results.md"
