#!/usr/bin/env bash
# The long run of the graph compiler's contract tests (graph-compiler/README.md, "Contract tests"): random graphs from
# the whole vocabulary through the analyzer, DL4J and FastTraining, damaged documents through the command line, and
# an export of a graph at the analyzer's node limit compiled with javac. The build runs the same tests on a fixed
# seed and a small budget; this runs them on another seed for as long as it is given.
#   bench/compiler-fuzz.sh                  a new seed, 30 minutes of random graphs
#   bench/compiler-fuzz.sh 12345 7200       seed 12345, two hours
# Graphs that break the contract are saved as graph-compiler/dl4j/target/contract-failures/seed-<n>.json; each
# becomes a named test in ContractRegressionTest. Extra Maven options (for example -Dmaven.repo.local=…) go in
# MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${1:-$(date +%s)}"
seconds="${2:-1800}"
case "$seed$seconds" in
  *[!0-9]*) echo "usage: bench/compiler-fuzz.sh [seed] [seconds] (whole numbers)" >&2; exit 2 ;;
esac
echo "compiler fuzz: seed $seed, $seconds s of random graphs"
exec mvn -B ${MAVEN_ARGS:-} test -pl graph-compiler/core,graph-compiler/dl4j -am -DskipCli \
  -Dtest='GeneratedGraphsContractTest,ReaderFuzzTest,CompilerCliFuzzTest,ExportScaleTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
  -Dcontract.seed="$seed" -Dcontract.graphs=2000000000 -Dcontract.seconds="$seconds" \
  -Dreader.seed="$seed" -Dreader.mutants=3000 \
  -Dexport.nodes=20000
