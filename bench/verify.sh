#!/usr/bin/env bash
# Trains gallery templates with their default settings and prints template, metric, bar, reached, time.
#   bench/run.sh                     every template (about an hour on two cores)
#   bench/run.sh lenet-mnist char-model
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g -Dorg.bytedeco.javacpp.maxbytes=2G -Dorg.bytedeco.javacpp.maxphysicalbytes=5G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.TemplateBench "$@"
