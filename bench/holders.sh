#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `whydenied-cli holders` against `fuser` and `lsof`, measured in the same run.
#
#   bench/holders.sh [path/to/whydenied-cli]      (ROUNDS=7 NPROC=500 NFILES=50 BIGDIR=100000)
#
# Spawns NPROC processes with NFILES open files each, one of which also holds the target, then
# times the three tools on the target, alternating their order every round, and prints medians,
# ratios and whether the PID sets are identical (fuser's set is the reference). Then a folder with
# BIGDIR entries, a process with its cwd in it and one holding a file in it: holders vs `lsof +D`.
# Run it as root to compare against fuser's full set (as a user, both see only your processes).
set -euo pipefail

cli=${1:-${WD_CLI:-$(dirname "$0")/../build/holders/cli/whydenied-cli}}
rounds=${ROUNDS:-7}
nproc=${NPROC:-500}
nfiles=${NFILES:-50}
bigdir=${BIGDIR:-100000}
for tool in fuser lsof cc; do
  command -v "$tool" >/dev/null || { echo "holders.sh: needs $tool (scripts/install-deps.sh)" >&2; exit 2; }
done
[[ -x $cli ]] || { echo "holders.sh: no whydenied-cli at $cli (build it or pass its path)" >&2; exit 2; }

work=$(mktemp -d /tmp/wd-bench-holders.XXXXXX)
spawners=()
cleanup() {
  # Each spawner leads its own process group: ending the group ends exactly what this script started.
  for pg in "${spawners[@]}"; do kill -KILL -- "-$pg" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# spawn NPROC NFILES DIR TARGET [CWD]: child NPROC/2 also opens TARGET, child 0 chdirs into CWD.
cat >"$work/spawn.c" <<'C'
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char** argv) {
    if (argc < 5) return 2;
    const int nproc = atoi(argv[1]), nfiles = atoi(argv[2]);
    const char *dir = argv[3], *target = argv[4], *cwd = argc > 5 ? argv[5] : NULL;
    int p[2];
    if (setpgid(0, 0) != 0 || pipe(p) != 0) return 1;
    for (int i = 0; i < nproc; i++) {
        if (fork() == 0) {
            char path[4096];
            close(p[0]);
            for (int j = 0; j < nfiles; j++) {
                snprintf(path, sizeof path, "%s/f%d", dir, j);
                if (open(path, O_RDONLY) < 0) _exit(1);
            }
            if (i == nproc / 2 && target[0] && open(target, O_RDONLY) < 0) _exit(1);
            if (i == 0 && cwd && chdir(cwd) != 0) _exit(1);
            if (write(p[1], "x", 1) != 1) _exit(1);
            for (;;) pause();
        }
    }
    close(p[1]);
    char b;
    int got = 0;
    while (got < nproc && read(p[0], &b, 1) == 1) got++;
    printf("%d\n", got);
    fflush(stdout);
    for (;;) pause();
}
C
cc -O2 -o "$work/spawn" "$work/spawn.c"

start_spawner() {  # args for spawn; waits until every child has its files open
  local out="$work/spawner.$RANDOM"
  "$work/spawn" "$@" >"$out" &
  spawners+=($!)
  disown $!  # no "Killed" notice from bash when cleanup ends it
  for _ in $(seq 600); do [[ -s $out ]] && break; sleep 0.05; done
  [[ $(cat "$out") == "$1" ]] || { echo "holders.sh: spawner started $(cat "$out") of $1 processes" >&2; exit 1; }
}

now_ns() { local t=${EPOCHREALTIME/./}; echo $((10#$t * 1000)); }
# time_cmd VAR cmd…: appends the wall time of cmd in ms (3 decimals) to the array VAR
time_cmd() {
  local -n acc=$1; shift
  local t0 t1
  t0=$(now_ns); "$@" >/dev/null 2>&1 || true; t1=$(now_ns)
  acc+=("$(awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f", d / 1e6 }')")
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
pids_ours() { "$cli" holders "$1" --json | grep -o '"pid": [0-9]*' | grep -o '[0-9]*' | sort -n | tr '\n' ' '; }

mkdir -p "$work/files"
for j in $(seq 0 $((nfiles - 1))); do : >"$work/files/f$j"; done
target="$work/target.csv"
echo "id,value" >"$target"
start_spawner "$nproc" "$nfiles" "$work/files" "$target"
total=$(ls /proc | grep -c '^[0-9]')
echo "== $nproc processes x $nfiles open files (+1 holding the target); $total processes on the system; $rounds rounds"
echo "   $(uname -r), $(nproc) cores, $(fuser -V 2>&1 | head -1), lsof $(lsof -v 2>&1 | awk '/revision/ { print $2; exit }')"

ours=(); fus=(); lso=()
for r in $(seq "$rounds"); do
  case $((r % 3)) in  # alternate who runs first: caches warm for whoever runs later
    0) time_cmd ours "$cli" holders "$target"; time_cmd fus fuser "$target"; time_cmd lso lsof -w "$target" ;;
    1) time_cmd fus fuser "$target"; time_cmd lso lsof -w "$target"; time_cmd ours "$cli" holders "$target" ;;
    2) time_cmd lso lsof -w "$target"; time_cmd ours "$cli" holders "$target"; time_cmd fus fuser "$target" ;;
  esac
done
m_ours=$(median "${ours[@]}"); m_fus=$(median "${fus[@]}"); m_lso=$(median "${lso[@]}")
p_ours=$(pids_ours "$target")
p_fus=$(fuser "$target" 2>/dev/null | tr -s ' ' '\n' | grep -o '^[0-9]*' | sort -n | tr '\n' ' ' || true)
p_lso=$(lsof -w -t "$target" 2>/dev/null | sort -n | tr '\n' ' ' || true)
printf '   %-22s median %9s ms   (all: %s)\n' "whydenied-cli holders" "$m_ours" "${ours[*]}"
printf '   %-22s median %9s ms   (all: %s)\n' "fuser" "$m_fus" "${fus[*]}"
printf '   %-22s median %9s ms   (all: %s)\n' "lsof" "$m_lso" "${lso[*]}"
echo "   ratio holders/fuser: $(ratio "$m_ours" "$m_fus")   holders/lsof: $(ratio "$m_ours" "$m_lso")   (<= 1.0 is faster)"
echo "   PIDs holders: [$p_ours] fuser: [$p_fus] lsof: [$p_lso]"
[[ $p_ours == "$p_fus" ]] && echo "   PID sets identical (holders = fuser): yes" || echo "   PID sets identical (holders = fuser): NO"

echo "== a folder with $bigdir entries, one process with its cwd in it, one holding a file in it"
big="$work/big"
mkdir -p "$big"
(cd "$big" && seq -f 'e%.0f' 1 "$bigdir" | xargs touch)
start_spawner 2 0 "$work/files" "$big/e5" "$big"
ours=(); lsd=()
for r in $(seq "$rounds"); do
  if ((r % 2)); then time_cmd ours "$cli" holders "$big"; time_cmd lsd lsof -w +D "$big"
  else time_cmd lsd lsof -w +D "$big"; time_cmd ours "$cli" holders "$big"; fi
done
m_ours=$(median "${ours[@]}"); m_lsd=$(median "${lsd[@]}")
p_ours=$(pids_ours "$big")
p_lsd=$(lsof -w -t +D "$big" 2>/dev/null | sort -n | tr '\n' ' ' || true)
printf '   %-22s median %9s ms   (all: %s)\n' "whydenied-cli holders" "$m_ours" "${ours[*]}"
printf '   %-22s median %9s ms   (all: %s)\n' "lsof +D" "$m_lsd" "${lsd[*]}"
echo "   ratio holders/lsof+D: $(ratio "$m_ours" "$m_lsd")"
echo "   PIDs holders: [$p_ours] lsof +D: [$p_lsd]"
[[ $p_ours == "$p_lsd" ]] && echo "   PID sets identical (holders = lsof +D): yes" || echo "   PID sets identical (holders = lsof +D): NO"
