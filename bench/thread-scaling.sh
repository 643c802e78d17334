#!/usr/bin/env bash
# How a training run should spend several cores, per bench model: one native thread, threads inside every
# operation, or data-parallel parts (docs/performance.md, "Every core"). Rotating rounds in one process; prints
# samples/s and samples per CPU-second (the load-independent cost of each way).
#   bench/thread-scaling.sh
#   bench/thread-scaling.sh --models lenet,resnet --threads 2 --rounds 5 --steps 30
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx3g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=6G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.throughput.ThreadScalingBench "$@"
