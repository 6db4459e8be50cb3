#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the error-text parser for SECONDS (default 60) under ASan + UBSan with libFuzzer.
#   scripts/fuzz.sh 660
# Builds tests/fuzz (clang, WD_BUILD_FUZZ=ON) in build/fuzz (or $WD_FUZZ_BUILD), seeds from
# tests/fuzz/seeds, tests/parse/regressions and the shared corpus when present, keeps the growing
# corpus in the build dir. A crash leaves its input in tests/parse/regressions/ (replayed by
# parse_tests) and makes the script fail.
set -euo pipefail
secs=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${WD_FUZZ_BUILD:-$root/build/fuzz}

"$root/scripts/install-deps.sh" fuzz
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DWD_BUILD_FUZZ=ON -DWD_BUILD_GUI=OFF -DWD_BUILD_TESTS=OFF -DWD_BUILD_BENCH=OFF >/dev/null
ninja -C "$build" -j2 parse_fuzz

corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
rm -f "$artifacts"/*
shared="$root/../shared/corpus/errors.jsonl"
if [[ -f "$shared" ]] && command -v python3 >/dev/null; then
  python3 - "$shared" "$corpus" <<'PY'
import json, sys, hashlib, os
src, out = sys.argv[1], sys.argv[2]
for line in open(src, encoding="utf-8"):
    if line.strip():
        text = json.loads(line)["text"].encode()
        open(os.path.join(out, "shared-" + hashlib.sha1(text).hexdigest()[:16]), "wb").write(text)
PY
fi

log="$build/fuzz.log"
set +e
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$build/tests/fuzz/parse_fuzz" -max_total_time="$secs" -max_len=200000 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" \
  "$corpus" "$root/tests/fuzz/seeds" "$root/tests/parse/regressions" 2>&1 | tee "$log" | grep -E '^#[0-9]+.*(pulse|DONE)|ERROR|Done|stat::'
status=${PIPESTATUS[0]}
set -e

found=0
for f in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*; do
  [[ -e "$f" ]] || continue
  cp "$f" "$root/tests/parse/regressions/$(basename "$f")"
  echo "fuzz: kept $(basename "$f") in tests/parse/regressions/" >&2
  found=1
done
if ((status != 0 || found)); then
  echo "fuzz: the parser failed (exit $status); see $log" >&2
  exit 1
fi
echo "fuzz: clean after ${secs}s ($(grep -Eo 'Done [0-9]+ runs' "$log" | tail -1))"
