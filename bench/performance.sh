#!/usr/bin/env bash
# Performance bench: training throughput of mlp / lenet / lstm through DeepCanvas, hand-written DL4J and PyTorch
# (side by side in one run), then validate + infer latency for 10-, 200- and 1000-node graphs.
#   bench/performance.sh                         all three models, 5 × 50 minibatches each
#   bench/performance.sh --models lenet --reps 3 --rounds 1
# PyTorch figures need Debian's python3-torch (and libopenblas0-pthread) and the reference script at
# ../shared/bench/pytorch_reference.py or $DEEPCANVAS_PYTORCH_REFERENCE; without them those columns say why.
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx4g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=6G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.throughput.PerformanceBench "$@"
