#!/usr/bin/env bash
# Performance bench (docs/performance.md): training throughput of the bench models (mlp, lenet, lstm, gru, resnet)
# through DeepCanvas on every core and on one, hand-written DL4J and PyTorch side by side in one run; one-input
# latency of every template; LeNet batch inference against torch.no_grad(); one GAN step of each GAN template against
# PyTorch; validate + infer latency. About 15 minutes on an idle two-core machine. It prints the report and writes
# it to docs/performance-results.md (machine, date, commit, command, load and every table; --results FILE elsewhere,
# --results none prints only); an interrupted run leaves docs/performance-results.md.partial instead.
#   bench/performance.sh
#   bench/performance.sh --models lenet --reps 3 --rounds 1 --sections training --results none
# PyTorch figures need Debian's python3-torch and libopenblas0-pthread (apt-get install -y python3-torch
# libopenblas0-pthread); the PyTorch scripts are bench/pytorch/*.py. Without PyTorch those columns say why.
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
DEEPCANVAS_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo '+changes')"
export DEEPCANVAS_COMMIT
exec java -Xmx4g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=6G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.throughput.PerformanceBench "$@"
