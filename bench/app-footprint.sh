#!/usr/bin/env bash
# App footprint benchmark: start-up time to the ready line (cold starts, fresh data dir each), heap after start,
# and heap per open editor session (each in its own headless Chromium, LeNet open from the gallery).
# Builds the app if needed, then prints a table. Needs Debian's chromium and chromium-driver, and the JDK's jcmd.
# Fewer runs for a quick check: bench/app-footprint.sh -Dfootprint.starts=1 -Dfootprint.sessions=3
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f frontend/target/deepcanvas.jar ] || mvn -B -q -ntp -DskipTests install
mvn -B -q -ntp test -pl e2e-tests -Dtest=AppFootprintBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
  | grep -E '^\|' || { echo "benchmark failed; see e2e-tests/target/surefire-reports" >&2; exit 1; }
