#!/usr/bin/env bash
# Trains one GAN design and scores it against a development judge and noise, never the bar's (bench/README.md,
# "Developing a GAN template"). The grid of its samples lands in bench/target/gan-dev/.
#   bench/gan-dev.sh dcgan-shapes                          the template as it is
#   bench/gan-dev.sh digit-gan my-digit-gan.json dlr=0.0004  a changed copy, the discriminator's rate changed
#   bench/gan-dev.sh dcgan-shapes seed=7                   the template from another training seed
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g -Dorg.bytedeco.javacpp.maxbytes=2G -Dorg.bytedeco.javacpp.maxphysicalbytes=5G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.gan.GanDevelopmentBench "$@"
