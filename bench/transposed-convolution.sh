#!/usr/bin/env bash
# Times libnd4j's two routes for every transposed convolution of the gallery on one native thread: through the
# convolution ops, and deconv2d / deconv2d_bp with explicit padding, and its bias added by a broadcast or by biasadd
# (docs/performance.md, "Transposed convolutions' bias" and "Transposed convolutions through deconv2d after all").
#   bench/transposed-convolution.sh          5 rotating repetitions of 50 calls per way
#   bench/transposed-convolution.sh 9 100    9 repetitions of 100 calls
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g -cp "bench/target/classes:$(cat bench/target/bench.classpath)" \
  dev.deepcanvas.bench.layers.TransposedConvolutionRoutes "$@"
