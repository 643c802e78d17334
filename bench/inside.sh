#!/usr/bin/env bash
# Inside view speed bench (issue 19: the whole Inside view of LeNet for one input computes in under 200 ms on the
# server and draws in under 500 ms in the browser). Server: LeNet from the gallery trained one epoch through the run
# queue (only so that there is a trained run: compute time does not depend on the weights), then look + saliency +
# pictures for 200 held-out digits after 20 of warm-up (p50/p90/max). Browser: the packaged jar in headless Debian
# Chromium (chromium, chromium-driver), LeNet trained from its gallery card, "Next" pressed until 20 digits are timed
# from the click to their last picture drawn (e2e-tests InsideDrawBenchmark, not part of the test suite). Writes
# docs/inside-results.md (machine, date, commit, command and both tables; --results FILE elsewhere, --results none
# prints only). A few minutes on an idle two-core machine, most of it the two trainings.
#   bench/inside.sh
#   bench/inside.sh --smoke                 (a few digits each, to check that the bench runs; no results file)
#   bench/inside.sh --server-only           (no browser)
# Extra Maven options (for example -Dmaven.repo.local=…) go in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
command_line="bench/inside.sh $*"
results=docs/inside-results.md
server_args=()
browser_inputs=20
browser=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) results=none; server_args+=(--inputs 5 --warm-up 2); browser_inputs=3 ;;
    --server-only) browser=no ;;
    --results) results="${2:?--results needs a file, or none}"; shift ;;
    *) echo "Unknown option $1 (known: --smoke, --server-only, --results FILE|none)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$results" = none ]; then server_results=none; else server_results="$results.server"; fi

mvn -q -B ${MAVEN_ARGS:-} install -pl bench -am -DskipTests -DskipCli
mvn -q -B ${MAVEN_ARGS:-} dependency:build-classpath -pl bench -Dmdep.outputFile=target/bench.classpath >/dev/null
DEEPCANVAS_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo '+changes')"
export DEEPCANVAS_COMMIT
java -Xmx4g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=6G \
  -cp "bench/target/classes:$(cat bench/target/bench.classpath)" dev.deepcanvas.bench.inside.InsideBench \
  --results "$server_results" --command "$command_line" "${server_args[@]}"

if [ "$browser" = yes ]; then
  [ -f frontend/target/deepcanvas.jar ] || mvn -q -B ${MAVEN_ARGS:-} -ntp -DskipTests -DskipCli install
  rm -f e2e-tests/target/inside-draw.md
  mvn -q -B ${MAVEN_ARGS:-} -ntp test -pl e2e-tests -Dtest=InsideDrawBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dinside.inputs="$browser_inputs" >/dev/null 2>&1 \
    || { echo "the browser benchmark failed; see e2e-tests/target/surefire-reports" >&2; exit 1; }
  cat e2e-tests/target/inside-draw.md
fi
if [ "$results" != none ]; then
  { cat "$results.server"; [ "$browser" = yes ] && cat e2e-tests/target/inside-draw.md; true; } > "$results"
  rm -f "$results.server"
  echo "Written to $results"
fi
