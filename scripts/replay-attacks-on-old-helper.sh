#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs today's attack tests against the helper, CLI and polkit policy of an older commit (by
# default the last one before the helper was hardened), to show that each test catches the hole
# it was written for: every attack test must FAIL against the old programs.
#
#   scripts/replay-attacks-on-old-helper.sh [BUILD_DIR] [OLD_COMMIT]    (as root)
#
# BUILD_DIR (default ./build/ci) holds today's test binaries. The old programs are built from
# OLD_COMMIT in a temporary worktree. The tests then run in a private mount namespace in which
# the old binaries are bind-mounted over today's and /etc, /usr, /var, /home, /root, /opt and /srv
# are overlays on a tmpfs: the old helper does what the attacks ask (it once chowned files under
# /etc on a test machine), and whatever it does to the system vanishes with the namespace. The
# tests themselves only touch folders they create under /tmp and /var/tmp.
#
# Exit status: 0 when every attack test failed against the old programs, 1 otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
build=$(cd "${1:-$src/build/ci}" && pwd)
old=${2:-a23650d}

[[ $(id -u) -eq 0 ]] || { echo "replay: needs root (the helper runs as root)" >&2; exit 2; }
command -v unshare >/dev/null || { echo "replay: needs unshare (util-linux)" >&2; exit 2; }
for t in fix_tests audit_tests holders_tests cli_tests; do
  [[ -x $(find "$build/tests" -name "$t" -type f | head -1) ]] || { echo "replay: build $t in $build first" >&2; exit 2; }
done

# Each attack of the hardening issue, with the tests that reproduce it.
attacks=(
  "1 setuid files become root shells|HelperFixture.NeverGrantsOnOrHandsOverPrivilegedPrograms:HelperFixture.UndoNeverMakesAProgramPrivilegedAgain"
  "2 the target is unchecked|HelperFixture.RefusesEveryVerbOnSystemLocationsButClearingTheCallersOwnFlag:HelperFixture.RefusesAnotherPersonsFilesAndWhatTheCallerCannotReach:HelperFixture.RefusesUnknownOperationsAndArguments:HelperFixture.GrantsAnAclEntryWithoutOpeningOtherEntries:HelperFixture.RefusesWhatTheCallerIsNotDenied:BulkHelper.RefusesWhatItMustNotDo"
  "3 undo of take-ownership launders content|HelperFixture.UndoDoesNotGiveBackAFileTheCallerRewrote"
  "4 a root undo trusts a user journal|CliFix.RootCarriesOutNoRecordFromAPersonsJournal"
  "5 group joins use a short deny-list|HelperFixture.GrantsOnlyToTheCaller"
  "6 the printed command is not safe to paste|*PastedCommand.*"
  "7 the caller can interrupt the helper mid-change|HelperFixture.TheCallerClosingItsPipesLosesNoRecord:HelperFixture.AnInterruptedFixIsNeverUndoneBlindly:BulkHelper.TheBatchIsRecordedBeforeEachChange"
  "8 it trusts its environment|HelperFixture.RefusesToRunUnprivilegedOrSetuid:HelperFixture.TheInstalledHelperIgnoresTheStateFolderOverride:HelperLog.ANewlineInARequestStaysInsideOneEscapedRecord"
  "9 one polkit action covers everything|HelperForm.ThePolicyHasOneActionPerVerb:HoldersPrivileged.OtherUsersCommandLinesOnlyWithTheirOwnApproval"
)
# For the record, not required to fail: the legitimate uses, and a defence the old helper already
# had (bulk undo compared each file's ctime with the one it recorded).
legit="HelperFixture.TakesBackARootOwnedFileInTheCallersProjectAndUndoesIt:HelperFixture.ClearsTheImmutableFlagOfTheCallersOwnFile:BulkHelper.TakesOwnershipOfTheGroupForTheCallerAndGivesItBack:BulkHelper.UndoGivesBackOnlyFilesNobodyTouchedSinceTheFix"

work=$(mktemp -d /tmp/wd-replay.XXXXXX)
cleanup() {
  git -C "$src" worktree remove --force "$work/old" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "replay: the helper and CLI of $(git -C "$src" log --oneline -1 "$old")"
git -C "$src" worktree add -q --detach "$work/old" "$old"
oldbuild=${WD_REPLAY_OLD_BUILD:-$work/old/build}  # an existing build of OLD_COMMIT saves ten minutes
if [[ -z ${WD_REPLAY_OLD_BUILD:-} ]]; then
  cmake -S "$work/old" -B "$oldbuild" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWD_BUILD_GUI=OFF \
    >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 2; }
  cmake --build "$oldbuild" -j2 --target whydenied-helper whydenied-cli >"$work/build.log" 2>&1 ||
    { tail -30 "$work/build.log"; exit 2; }
fi

run_in_sandbox() {
  # Runs in the private mount namespace: overlays first, then the old programs over today's.
  set -euo pipefail
  mount -t tmpfs -o mode=0700 wd-replay "$work/ovl"
  for d in etc usr var home root opt srv; do
    [[ -d /$d ]] || continue
    mkdir -p "$work/ovl/$d/u" "$work/ovl/$d/w"
    mount -t overlay overlay -o "lowerdir=/$d,upperdir=$work/ovl/$d/u,workdir=$work/ovl/$d/w" "/$d"
  done
  # The tests' caller (uid 4242) gets an account, as a real caller has one: without it the old
  # helper refuses a group join for want of a user name, and the attack would go unseen.
  getent passwd 4242 >/dev/null || echo "wdreplay:x:4242:4242::/nonexistent:/usr/sbin/nologin" >>/etc/passwd
  getent group 4242 >/dev/null || echo "wdreplay:x:4242:" >>/etc/group
  for h in whydenied-helper whydenied-helper-testing; do
    mount --bind "$oldbuild/helper/whydenied-helper" "$build/helper/$h"
  done
  mount --bind "$oldbuild/cli/whydenied-cli" "$build/cli/whydenied-cli"
  mount --bind "$work/old/packaging/linux/org.whydenied.helper.policy" "$src/packaging/linux/org.whydenied.helper.policy"
  local filter=$1 out=$2
  for t in fix_tests audit_tests holders_tests cli_tests; do
    "$(find "$build/tests" -name "$t" -type f | head -1)" --gtest_filter="$filter" \
      --gtest_output="xml:$out/$t.xml" >"$out/$t.log" 2>&1 || true
  done
}
export -f run_in_sandbox
export work build src oldbuild

mkdir -p "$work/ovl" "$work/results"
all_filters=$(printf '%s\n' "${attacks[@]}" | cut -d'|' -f2 | paste -sd:)
unshare -m --propagation private bash -c 'run_in_sandbox "$1" "$2"' _ "$all_filters:$legit" "$work/results"

# A test "failed" when its <testcase> holds a <failure>; "skipped" and "missing" are reported too.
verdict() {
  python3 - "$1" "$work/results" <<'PY'
import fnmatch, glob, sys, xml.etree.ElementTree as ET
pattern, results = sys.argv[1:]
hits = []
for f in glob.glob(results + "/*.xml"):
    for tc in ET.parse(f).iter("testcase"):
        if fnmatch.fnmatchcase(tc.get("classname", "") + "." + tc.get("name", ""), pattern):
            hits.append("failed" if tc.find("failure") is not None else
                        "skipped" if tc.get("result") == "skipped" or tc.find("skipped") is not None else "passed")
print(("failed" if "failed" in hits else hits[0]) if hits else "missing", len(hits))
PY
}

status=0
echo
echo "Attack tests against the old programs (each must fail):"
for a in "${attacks[@]}"; do
  title=${a%%|*}
  echo "  $title"
  IFS=: read -ra tests <<<"${a#*|}"
  for t in "${tests[@]}"; do
    read -r v n < <(verdict "$t")
    printf '    %-8s %s%s\n' "$v" "$t" "$([[ $n -gt 1 ]] && echo " ($n cases)")"
    [[ $v == failed ]] || status=1
  done
done
echo "Legitimate uses, and a defence the old helper had, against the old programs (for the record):"
IFS=: read -ra tests <<<"$legit"
for t in "${tests[@]}"; do
  read -r v _ < <(verdict "$t")
  printf '    %-8s %s\n' "$v" "$t"
done
if [[ ${WD_REPLAY_KEEP:-0} == 1 ]]; then rm -rf /tmp/wd-replay-results && cp -r "$work/results" /tmp/wd-replay-results; echo "logs: /tmp/wd-replay-results"; fi
echo
((status == 0)) && echo "replay: every attack test fails against $old" || echo "replay: some attack tests do not fail against $old"
exit $status
