#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Folder audit benchmark (issue 10). Builds a tree of 200 000 entries (mixed depths, ~5% with
# permission problems of several kinds) and, as one unprivileged uid, alternates:
#   whydenied-cli audit TREE --op write      vs   find TREE ! -writable
#   whydenied-cli audit TREE --op write --fix owner-lacks-permission --yes   vs   chmod -R u+w TREE
# (the fix is one walk that judges every changed entry again in place, descends into folders it
# opened, and writes its journal batch with fsync), printing the median
# times, their ratios and the peak RSS of the audit. Targets: audit <= 1.1x find, bulk fix <=
# 1.2x chmod -R, RSS < 64 MB.
#
# usage: bench/audit.sh [BUILD_DIR] [ENTRIES] [ROUNDS]      (run as root: it builds files of two owners)
set -euo pipefail
BUILD=${1:-$(dirname "$0")/../build/audit}
ENTRIES=${2:-200000}
ROUNDS=${3:-5}
CLI=$(realpath "$BUILD/cli/whydenied-cli")
UID_BENCH=4242
[ "$(id -u)" = 0 ] || { echo "run as root (the tree has files of two owners; the runs drop to uid $UID_BENCH)"; exit 2; }
[ -x "$CLI" ] || { echo "no $CLI (build whydenied-cli first)"; exit 2; }
WORK=$(mktemp -d /tmp/wd-bench-audit-XXXXXX)
trap 'chattr -R -i "$WORK" 2>/dev/null || true; rm -rf "$WORK"' EXIT
chmod 755 "$WORK"
TREE=$WORK/tree
AS=(setpriv --reuid=$UID_BENCH --regid=$UID_BENCH --clear-groups env XDG_STATE_HOME=$WORK/state)
mkdir -p "$WORK/state" && chown $UID_BENCH:$UID_BENCH "$WORK/state"

# The tree: folders at depths 1..8, ~100 entries each; 3% read-only files of the user (the bulk
# fix group), 1% files of root, 0.5% read-only folders, 0.5% files of another user in our group.
python3 - "$TREE" "$ENTRIES" "$UID_BENCH" "$WORK/readonly.list" <<'PY'
import os, random, sys
root, total, uid, listfile = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
random.seed(10)
os.mkdir(root, 0o755); os.chown(root, uid, uid)
dirs = [root]; n = 1; ro = []
while n < total:
    parent = random.choice(dirs[-200:]) if random.random() < 0.7 else random.choice(dirs)
    if parent.count('/') - root.count('/') >= 8: parent = root
    d = os.path.join(parent, 'd%d' % n); os.mkdir(d, 0o755); os.chown(d, uid, uid); dirs.append(d); n += 1
    for i in range(min(99, total - n)):
        p = os.path.join(d, 'f%d' % i)
        fd = os.open(p, os.O_CREAT | os.O_WRONLY, 0o644); os.close(fd); n += 1
        r = random.random()
        if r < 0.03: os.chown(p, uid, uid); os.chmod(p, 0o444); ro.append(p)
        elif r < 0.04: pass  # root's
        elif r < 0.045: os.chown(p, 4343, uid); os.chmod(p, 0o644)
        else: os.chown(p, uid, uid)
    if random.random() < 0.05: os.chmod(d, 0o555); ro.append(d)
open(listfile, 'w').write('\n'.join(ro) + '\n')
print("tree: %d entries in %d folders, %d read-only entries of the user" % (n, len(dirs), len(ro)))
PY

reset_modes() {  # put the fix group back as it was
  python3 - "$WORK/readonly.list" <<'PY'
import os, sys
for p in open(sys.argv[1]).read().split('\n'):
    if p: os.chmod(p, 0o555 if os.path.basename(p).startswith('d') else 0o444)
PY
}

now() { date +%s.%N; }
# Runs "$@" as the bench user, prints "seconds maxrss_kb".
timed() {
  local t0 t1
  t0=$(now)
  /usr/bin/time -f "%M" -o "$WORK/rss" "${AS[@]}" "$@" > /dev/null 2>&1 || true
  t1=$(now)
  echo "$(echo "$t1 - $t0" | bc -l) $(tail -1 "$WORK/rss")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "warming the cache"
"${AS[@]}" find "$TREE" ! -writable > /dev/null 2>&1 || true
"${AS[@]}" "$CLI" audit "$TREE" --op write > "$WORK/audit.txt" 2>&1 || true
head -3 "$WORK/audit.txt"
echo "find ! -writable lists: $("${AS[@]}" find "$TREE" ! -writable 2>/dev/null | wc -l)"

: > "$WORK/a"; : > "$WORK/f"; : > "$WORK/rssa"
for i in $(seq "$ROUNDS"); do
  read -r t r < <(timed "$CLI" audit "$TREE" --op write); echo "$t" >> "$WORK/a"; echo "$r" >> "$WORK/rssa"
  read -r t r < <(timed find "$TREE" ! -writable); echo "$t" >> "$WORK/f"
done
A=$(median < "$WORK/a"); F=$(median < "$WORK/f"); RSS=$(sort -n "$WORK/rssa" | tail -1)

: > "$WORK/x"; : > "$WORK/c"; : > "$WORK/rssx"
for i in $(seq "$ROUNDS"); do
  reset_modes
  read -r t r < <(timed "$CLI" audit "$TREE" --op write --fix owner-lacks-permission --yes); echo "$t" >> "$WORK/x"; echo "$r" >> "$WORK/rssx"
  reset_modes
  read -r t r < <(timed chmod -R u+w "$TREE"); echo "$t" >> "$WORK/c"
done
X=$(median < "$WORK/x"); C=$(median < "$WORK/c"); RSSX=$(sort -n "$WORK/rssx" | tail -1)
reset_modes
"${AS[@]}" "$CLI" audit "$TREE" --op write --fix owner-lacks-permission --yes | tail -3

printf 'audit --op write    %.3f s   find ! -writable  %.3f s   ratio %.2f (target <= 1.10)\n' "$A" "$F" "$(echo "$A / $F" | bc -l)"
printf 'bulk fix + verify   %.3f s   chmod -R u+w      %.3f s   ratio %.2f (target <= 1.20)\n' "$X" "$C" "$(echo "$X / $C" | bc -l)"
printf 'peak RSS: audit %d KB, bulk fix %d KB (target < 65536 KB)\n' "$RSS" "$RSSX"
