#!/usr/bin/env bash
# Editor latency benchmark: edit → updated badges in headless Chromium for a 100-node graph (bar: < 100 ms).
# Builds the app if needed, then prints a table. Needs Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f frontend/target/deepcanvas.jar ] || mvn -B -q -ntp -DskipTests install
mvn -B -q -ntp test -pl e2e-tests -Dtest=EditorLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^\|' || { echo "benchmark failed; see e2e-tests/target/surefire-reports" >&2; exit 1; }
