#!/usr/bin/env bash
# Times one GAN training step of each GAN template on plain DL4J networks and on the networks as the GAN trainer
# prepares them (docs/performance.md, "GAN steps").
#   bench/gan-step.sh            3 alternating rounds of 30 steps
#   bench/gan-step.sh 5 50       5 rounds of 50 steps
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g -Dorg.bytedeco.javacpp.maxbytes=2G -Dorg.bytedeco.javacpp.maxphysicalbytes=5G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.gan.GanStepBench "$@"
