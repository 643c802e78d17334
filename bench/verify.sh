#!/usr/bin/env bash
# Verifies gallery templates: trains each with its default settings (a GAN also from a second seed), measures its
# bars' figures on the held-out part with their baselines, and records them, with the commit, machine, load and
# time, in templates/src/main/resources/dev/deepcanvas/templates/verified/ (results.json and the cards' pictures),
# which the gallery reads. Commit the code first: figures of uncommitted code are marked and CI refuses them.
#   bench/verify.sh                     every template (its time: bench/README.md, "Time in CI")
#   bench/verify.sh lenet-mnist dcgan-shapes
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx3g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=6G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.verify.TemplateVerification "$@"
