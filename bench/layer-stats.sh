#!/usr/bin/env bash
# What recording layer statistics costs training (docs/performance.md, "Layer statistics"): trains the same template
# runs through the run service with statistics on and off in alternating rounds, prints a table and writes it, with
# the machine, date, commit and load, to docs/layer-stats-results.md (replaced only when the bench completes).
#   bench/layer-stats.sh                              5 rounds of iris-mlp:60:8 lenet-mnist:4:64 sentiment-lstm:2:32
#                                                     digit-gan:1:128 (template:epochs:batch; takes a while)
#   bench/layer-stats.sh 1 iris-mlp:3:8               a smoke run: 1 round, 3 epochs of Iris
# Run it on an otherwise idle machine. Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS;
# RESULTS=path writes the table elsewhere (a smoke run should not replace the recorded figures).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit+changes"; fi
DEEPCANVAS_COMMIT=$commit exec java -Xmx3g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=6G \
  -Dlayerstats.results="${RESULTS:-$root/docs/layer-stats-results.md}" \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.throughput.LayerStatsBench "$@"
