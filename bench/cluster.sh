#!/usr/bin/env bash
# Starts a small DeepCanvas cluster on this machine so you can watch it work: a private PostgreSQL (.ci/postgres), one
# web node and two training workers of the packaged jar, all on loopback ports. Prints the address to open; Ctrl-C
# stops everything (the workers first, so they hand their runs back) and removes the temporary folder.
#
#   bench/cluster.sh                      web node on port 8080, two workers
#   PORT=8090 WORKERS=3 bench/cluster.sh
#
# Each worker trains one run at a time with one native thread (on two cores, two workers use both). Every node has
# its own data folder (its log) under the temporary folder; they share one folder for models, checkpoints and
# uploads, as docs/deployment.md describes. Extra Maven options for the build (for example -Dmaven.repo.local=…) go
# in MAVEN_ARGS; the jar is built only when frontend/target/deepcanvas.jar is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

port=${PORT:-8080}
workers=${WORKERS:-2}
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "Port $port is in use; choose another with PORT=…" >&2
  exit 1
fi
if [ ! -f frontend/target/deepcanvas.jar ]; then
  mvn -q -B ${MAVEN_ARGS:-} -DskipTests install
fi

home=$(mktemp -d -t deepcanvas-cluster.XXXXXX)
# The server's own folder: as root, .ci/postgres hands it to the postgres user, which must be able to reach it.
pg_home=$(mktemp -d -t deepcanvas-cluster-pg.XXXXXX)
# A copy, so that rebuilding the project does not pull the jar from under the running nodes.
cp frontend/target/deepcanvas.jar "$home/deepcanvas.jar"
pids=()

stop_all() {
  trap - EXIT INT TERM
  echo
  echo "Stopping the cluster..."
  # Workers first: each hands its run back to the queue; then the web node; then the database.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[$i]}" 2>/dev/null || true
    wait "${pids[$i]}" 2>/dev/null || true
  done
  "$root/.ci/postgres" stop "$pg_home" >/dev/null 2>&1 || true
  rm -rf "$home" "$pg_home"
  echo "Stopped."
}
trap stop_all EXIT INT TERM

"$root/.ci/postgres" start "$pg_home"
# shellcheck disable=SC1091
. "$pg_home/env"
db_url=$DEEPCANVAS_TEST_PG_URL
database=(--deepcanvas.db.url="$db_url" --deepcanvas.db.user="$DEEPCANVAS_TEST_PG_USER"
  --deepcanvas.db.password="$DEEPCANVAS_TEST_PG_PASSWORD")
mkdir -p "$home/shared"

# start_node NAME ROLE [extra arguments...]
start_node() {
  local name=$1 role=$2
  shift 2
  mkdir -p "$home/$name"
  (cd "$home/$name" && DEEPCANVAS_ROLE=$role DEEPCANVAS_DATA_DIR="$home/$name" DEEPCANVAS_SHARED_DIR="$home/shared" \
    exec java -Xmx1g -Ddeepcanvas.native-threads=1 -jar "$home/deepcanvas.jar" "${database[@]}" "$@" \
    >"$home/$name/terminal.log" 2>&1) &
  pids+=($!)
}

# await_line NAME TEXT PID: waits (up to 5 minutes) until the node's terminal shows TEXT; stops if the node exits.
await_line() {
  local name=$1 text=$2 pid=$3
  for _ in $(seq 1 600); do
    if grep -q "$text" "$home/$name/terminal.log" 2>/dev/null; then return; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The $name node stopped:" >&2
      cat "$home/$name/terminal.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "The $name node did not start within 5 minutes; see $home/$name/terminal.log" >&2
  exit 1
}

echo "Starting the web node (it creates the schema)..."
start_node web web --server.port="$port" --server.address=127.0.0.1
await_line web "is ready at" "${pids[0]}"
echo "Starting $workers worker(s)..."
for ((w = 1; w <= workers; w++)); do
  start_node "worker-$w" worker
done
for ((w = 1; w <= workers; w++)); do
  await_line "worker-$w" "is ready:" "${pids[$w]}"
  grep "is ready:" "$home/worker-$w/terminal.log"
done

cat <<EOF

A DeepCanvas cluster is running: one web node, $workers worker(s), PostgreSQL $("$DEEPCANVAS_TEST_PG_BIN/postgres" --version | awk '{print $3}').

    Open http://localhost:$port/   (create an account, train a few runs; the Runs page names each run's worker)

  Database   $db_url
  Shared     $home/shared
  Logs       $home/<node>/logs/deepcanvas.log

Press Ctrl-C to stop everything.
EOF
wait "${pids[0]}"
