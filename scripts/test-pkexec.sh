#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A privileged fix through the real pkexec, end to end: a private system D-Bus, polkitd with a
# test rule that authorises one unprivileged test user for the helper's actions
# (org.whydenied.helper.*, all but holders-cmdline, which shows that pkexec picks the action by
# the helper's first argument), then that
# user runs `whydenied-cli fix` (which starts whydenied-helper through pkexec), checks the result,
# undoes it the same way, and checks that a second undo changes nothing.
#
#   scripts/test-pkexec.sh [BUILD_DIR]     (as root; BUILD_DIR defaults to ./build)
#
# Everything it starts or installs is removed again on exit. Where it cannot run (not root,
# pkexec not setuid or on a nosuid mount, a system bus it cannot own) it prints SKIP and exits 0;
# WD_PKEXEC_STRICT=1 turns a skip into a failure (exit 77).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
cli="$build/cli/whydenied-cli"
helper_built="$build/helper/whydenied-helper"
policy_src="$here/../packaging/linux/org.whydenied.helper.policy"

skip() {
  echo "test-pkexec: SKIP: $*"
  [[ "${WD_PKEXEC_STRICT:-0}" == 1 ]] && exit 77
  exit 0
}
fail() { echo "test-pkexec: FAIL: $*" >&2; exit 1; }
log() { echo "test-pkexec: $*"; }

[[ $(id -u) -eq 0 ]] || skip "needs root (it starts polkitd and installs a polkit rule)"
[[ -x "$cli" && -x "$helper_built" ]] || fail "build whydenied-cli and whydenied-helper in $build first"

"$here/install-deps.sh" polkit >/dev/null || skip "could not install pkexec/polkitd/dbus-daemon"
pkexec_bin=$(command -v pkexec) || skip "no pkexec"
[[ -u "$pkexec_bin" ]] || skip "$pkexec_bin is not setuid root"
if findmnt -no OPTIONS -T "$pkexec_bin" | tr ',' '\n' | grep -qx nosuid; then
  skip "$pkexec_bin is on a nosuid mount"
fi
polkitd_bin=""
for p in /usr/lib/polkit-1/polkitd /usr/libexec/polkitd /usr/lib/policykit-1/polkitd; do
  [[ -x "$p" ]] && { polkitd_bin=$p; break; }
done
[[ -n "$polkitd_bin" ]] || skip "no polkitd"

user=wdpkexec$$
tmp=$(mktemp -d /tmp/wd-pkexec.XXXXXX)
chmod 755 "$tmp"
helper_dir=/usr/local/libexec/whydenied-pkexec-test-$$
helper="$helper_dir/whydenied-helper"
policy=/usr/share/polkit-1/actions/org.whydenied.helper.policy
rule=/etc/polkit-1/rules.d/00-whydenied-pkexec-test.rules
socket=/run/dbus/system_bus_socket
dbus_pid="" polkitd_pid="" made_socket=0 policy_backup="" records=() records_group=0 group=""

cleanup() {
  set +e
  [[ -n "$polkitd_pid" ]] && kill "$polkitd_pid" 2>/dev/null && wait "$polkitd_pid" 2>/dev/null
  [[ -n "$dbus_pid" ]] && kill "$dbus_pid" 2>/dev/null
  ((made_socket)) && rm -f "$socket"
  rm -f "$rule"
  if [[ -n "$policy_backup" ]]; then mv -f "$policy_backup" "$policy"; else rm -f "$policy"; fi
  rm -rf "$helper_dir"
  id "$user" >/dev/null 2>&1 && userdel -r "$user" >/dev/null 2>&1
  ((records_group)) && groupdel "$group" >/dev/null 2>&1
  rm -rf "$tmp"
  # The helper's root-owned undo records of the temporary account (uid fresh from useradd).
  for d in "${records[@]}"; do
    if [[ "$d" == */journal/* ]]; then rm -rf "$d"; else rmdir "$d" 2>/dev/null; fi
  done
}
trap cleanup EXIT

# The helper where pkexec runs it, root-owned like an installed one, and the policy naming it.
install -d -m 755 "$helper_dir"
install -m 755 "$helper_built" "$helper"
if [[ -e "$policy" ]]; then
  policy_backup="$tmp/policy.backup"
  cp -a "$policy" "$policy_backup"
fi
install -d -m 755 "$(dirname "$policy")"
sed "s|/usr/libexec/whydenied/whydenied-helper|$helper|" "$policy_src" >"$policy"

# A real account: pkexec and polkit look the caller up by name.
useradd -m -d "$tmp/home" -s /bin/sh "$user"
# Every folder of the helper's record path that does not exist yet, deepest first.
for base in /var/lib/whydenied /usr/local/var/lib/whydenied; do
  d="$base/journal/$(id -u "$user")"
  while [[ "$d" != / && ! -e "$d" ]]; do records+=("$d"); d=$(dirname "$d"); done
done
install -d -m 755 /etc/polkit-1/rules.d
cat >"$rule" <<EOF
// Installed by scripts/test-pkexec.sh for one run; removed when it ends.
polkit.addRule(function (action, subject) {
    if (subject.user != "$user") return polkit.Result.NOT_HANDLED;
    if (action.id == "org.whydenied.helper.holders-cmdline") return polkit.Result.NO;
    if (action.id.indexOf("org.whydenied.helper.") == 0) return polkit.Result.YES;
});
EOF

# The system bus: pkexec is setuid, so GLib ignores DBUS_SYSTEM_BUS_ADDRESS and connects to the
# standard socket. Use a live bus there, or start a private one on that path.
if ! dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.GetId >/dev/null 2>&1; then
  [[ -S "$socket" ]] && rm -f "$socket"
  install -d -m 755 /run/dbus
  cat >"$tmp/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
  </policy>
  <includedir>/usr/share/dbus-1/system.d</includedir>
</busconfig>
EOF
  dbus-daemon --config-file="$tmp/bus.conf" --fork --nopidfile --print-pid >"$tmp/dbus.pid"
  dbus_pid=$(cat "$tmp/dbus.pid")
  made_socket=1
  log "started a private system bus (pid $dbus_pid) on $socket"
fi

has_polkit() {
  dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.PolicyKit1 2>/dev/null | grep -q "boolean true"
}
if has_polkit; then
  log "polkitd already runs on this bus; it reloads rules and actions by itself"
  sleep 2
else
  "$polkitd_bin" --no-debug >"$tmp/polkitd.log" 2>&1 &
  polkitd_pid=$!
  for _ in $(seq 100); do has_polkit && break; sleep 0.1; done
  has_polkit || { cat "$tmp/polkitd.log" >&2; skip "polkitd did not come up on the system bus"; }
  log "started polkitd (pid $polkitd_pid)"
fi

# The scenario: a file of the user's group without group write; the user may not write to it.
gid=$(id -g "$user")
dir="$tmp/shared folder"
install -d -m 755 "$dir"
file="$dir/team's \$(notes).txt"
echo data >"$file"
chown root:"$gid" "$file"
chmod 0640 "$file"
as_user() { runuser -u "$user" -- env HOME="$tmp/home" WHYDENIED_HELPER="$helper" "$@"; }
mode() { stat -c %a "$file"; }

as_user test -w "$file" && fail "the user can write before the fix"
as_user "$cli" diagnose "$file" --op write >/dev/null && fail "diagnose says allowed before the fix"

log "fix through pkexec"
out=$(as_user "$cli" fix "$file" --op write --fix chmod-group-write --yes 2>&1) || { echo "$out" >&2; fail "fix failed"; }
echo "$out" | sed 's/^/  | /'
grep -q "Fixed: you can now write to" <<<"$out" || fail "the fix did not report Fixed"
[[ $(mode) == 660 ]] || fail "mode is $(mode), expected 660"
as_user test -w "$file" || fail "the kernel still denies after the fix"
journal="$tmp/home/.local/state/whydenied/journal"
ls "$journal"/*.json >/dev/null 2>&1 || fail "no journal entry in $journal"
grep -q '"privilege": "admin"' "$journal"/*.json || fail "the journal entry is not the helper's"

log "undo through pkexec"
out=$(as_user "$cli" undo --yes 2>&1) || { echo "$out" >&2; fail "undo failed"; }
echo "$out" | sed 's/^/  | /'
[[ $(mode) == 640 ]] || fail "mode after undo is $(mode), expected 640"
as_user test -w "$file" && fail "the user can still write after undo"

out=$(as_user "$cli" undo --yes 2>&1) || { echo "$out" >&2; fail "second undo failed"; }
grep -q "already undone" <<<"$out" || { echo "$out" >&2; fail "the second undo did not say already undone"; }
[[ $(mode) == 640 ]] || fail "the second undo changed the mode to $(mode)"

# Joining a group: the account database changes, the running session does not, and the answer
# says so honestly (group-membership-not-active) instead of claiming the file is fixed.
group=wdpkgrp$$
groupadd "$group"
records_group=1
gfile="$dir/group file.txt"
echo data >"$gfile"
chown root:"$group" "$gfile"
chmod 0660 "$gfile"
log "join a group through pkexec"
out=$(as_user "$cli" fix "$gfile" --op write --fix join-group --yes 2>&1) && fail "join-group claimed Fixed: $out"
echo "$out" | sed 's/^/  | /'
grep -q "still denied" <<<"$out" || fail "join-group did not report still denied"
grep -q "group-membership-not-active" <<<"$out" || fail "the next cause should be group-membership-not-active"
id -nG "$user" | tr ' ' '\n' | grep -qx "$group" || fail "the account database does not list $user in $group"
out=$(as_user "$cli" undo --yes 2>&1) || { echo "$out" >&2; fail "undo of join-group failed"; }
id -nG "$user" | tr ' ' '\n' | grep -qx "$group" && fail "undo did not remove $user from $group"

# The helper's own refusal comes back through pkexec too: a system location. A folder of this
# script's own under /var/tmp stands for one; no real system file is ever a target.
sysdir=$(mktemp -d /var/tmp/wd-pkexec-sys.XXXXXX)
chmod 755 "$sysdir"
echo x >"$sysdir/conf"
# The device as WhyDenied encodes it: (major << 32) | minor.
read -r major minor ino < <(stat -c '%t %T %i' "$sysdir/conf")
dev=$(( (16#$major << 32) | 16#$minor ))
if as_user pkexec "$helper" apply --action chown --arg "$(id -u "$user")" --fix take-ownership --cause x \
     --path "$sysdir/conf" --dev "$dev" --ino "$ino" --type file >/dev/null 2>"$tmp/refused.txt"; then
  rm -rf "$sysdir"
  fail "the helper accepted a system path"
fi
[[ $(stat -c %u "$sysdir/conf") == 0 ]] || { rm -rf "$sysdir"; fail "the system-path file changed owner"; }
rm -rf "$sysdir"
grep -q "system location" "$tmp/refused.txt" || { cat "$tmp/refused.txt" >&2; fail "no reason given"; }

# relabel has an action of its own: pkexec starts the helper for it, and the helper judges the
# request itself (here it refuses: the file has no SELinux label to put back on this machine).
log "relabel through pkexec: its own action"
read -r major minor ino < <(stat -c '%t %T %i' "$file")
dev=$(( (16#$major << 32) | 16#$minor ))
set +e
as_user pkexec "$helper" relabel --path "$file" --dev "$dev" --ino "$ino" --type file >/dev/null 2>"$tmp/relabel.txt"
status=$?
set -e
[[ $status != 126 && $status != 127 ]] || { cat "$tmp/relabel.txt" >&2; fail "pkexec did not run the helper for relabel (status $status)"; }
grep -q "whydenied-helper" "$tmp/relabel.txt" || { cat "$tmp/relabel.txt" >&2; fail "no answer from the helper for relabel"; }

# One action per verb: the rule allows holders but not holders-cmdline, so pkexec must have
# picked the action from the helper's first argument.
log "one polkit action per verb: holders allowed, holders-cmdline refused"
as_user pkexec "$helper" holders --path "$file" >/dev/null 2>"$tmp/holders.txt" ||
  { cat "$tmp/holders.txt" >&2; fail "holders through pkexec failed"; }
set +e
as_user pkexec "$helper" holders-cmdline --path "$file" >/dev/null 2>"$tmp/cmdline.txt"
status=$?
set -e
[[ $status == 126 || $status == 127 ]] || { cat "$tmp/cmdline.txt" >&2; fail "holders-cmdline ran under the holders approval (status $status)"; }
grep -q "whydenied-helper: refused" "$tmp/cmdline.txt" && fail "holders-cmdline reached the helper"

# Taking ownership of a whole tree in bulk: `audit --fix owned-by-another-user` as the user runs
# `whydenied-helper bulk` through pkexec; every entry's owner is checked before, after and after
# the undo (`bulk-undo` through pkexec again). The file of another person's account (uid 4343) is
# refused and named as failed; everything root left there is taken.
btree="$tmp/bulk tree"
install -d -m 755 -o "$user" -g "$gid" "$btree"
install -d -m 755 -o root -g root "$btree/root's dir"
for n in a "b c" "\$(d)"; do
  echo x >"$btree/root's dir/$n"
  chmod 644 "$btree/root's dir/$n"
done
echo x >"$btree/other's"
chown 4343:4343 "$btree/other's"
echo x >"$btree/mine"
chown "$user:$gid" "$btree/mine"
owners() { find "$btree" -printf '%U:%G %m %p\n' | sort; }
before=$(owners)
log "bulk chown of a tree through pkexec"
# The other person's file stays in the group, so the audit exits nonzero: judged by its output.
out=$(as_user "$cli" audit "$btree" --op write --fix owned-by-another-user --yes 2>&1) || true
echo "$out" | sed 's/^/  | /'
grep -q "^Changed 4 entries, 1 failed" <<<"$out" || fail "the bulk fix did not change the 4 entries root left"
grep -q "other's: it belongs to another person" <<<"$out" || fail "the other person's file is not named as refused"
grep -q "Audited again: 1 left in owned-by-another-user" <<<"$out" || fail "the re-audit should find only the other person's file"
uid=$(id -u "$user")
while read -r own _ p; do
  [[ "$p" == "$btree/other's" ]] && continue
  [[ "$own" == "$uid:"* ]] || fail "$p is owned by $own after the bulk fix"
done < <(find "$btree" -printf '%U:%G %m %p\n')
[[ $(stat -c %u:%g "$btree/other's") == 4343:4343 ]] || fail "the bulk fix changed the other person's file"
bid=$(sed -n 's/^Recorded as \([^;]*\);.*/\1/p' <<<"$out")
[[ -n "$bid" && -f "$journal/$bid.batch" ]] || fail "no batch $bid in the user's journal"
[[ $(stat -c %u "$journal/$bid.batch") == "$uid" ]] || fail "the user's copy of the batch is not the user's"
log "undo the bulk chown through pkexec"
out=$(as_user "$cli" undo "$bid" --yes 2>&1) || { echo "$out" >&2; fail "the bulk undo failed"; }
echo "$out" | sed 's/^/  | /'
grep -q "^Restored 4 entries; 0 left alone" <<<"$out" || fail "the bulk undo did not restore the 4 entries"
[[ "$(owners)" == "$before" ]] || { diff <(echo "$before") <(owners) >&2; fail "the owners are not back as they were"; }
out=$(as_user "$cli" undo "$bid" --yes 2>&1) || { echo "$out" >&2; fail "the second bulk undo failed"; }
grep -q "already undone" <<<"$out" || { echo "$out" >&2; fail "the second bulk undo did not say already undone"; }
[[ "$(owners)" == "$before" ]] || fail "the second bulk undo changed something"

log "PASS: a privileged fix, a bulk chown and their undo went through real pkexec and polkitd"
