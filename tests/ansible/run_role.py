#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs examples/ansible/diagnose.yml against localhost (ansible-playbook -i localhost, -c local)
with the built CLI, and checks the reports it leaves and what the play says.

Cases: a denied file (exit 1 of the CLI is a finding: the play succeeds and names the host), an
audit that finds a group, the same audit with whydenied_fix (audit --fix CAUSE --yes) after
which nothing is denied, and bad input (exit 2 of the CLI fails the play). No network is used.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
TEST_UID = TEST_GID = 4242  # the scenario tests' unprivileged uid
failures = []


def check(ok, msg):
    if not ok:
        failures.append(msg)
        print("FAIL: " + msg, file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--playbook", required=True, type=pathlib.Path)
    opts = ap.parse_args()
    playbook_bin = shutil.which("ansible-playbook")
    if not playbook_bin:
        print("SKIPPED: ansible-playbook is not installed (scripts/install-deps.sh ansible installs ansible-core)")
        return SKIP

    work = pathlib.Path(tempfile.mkdtemp(prefix="wd-ansible-"))
    os.chmod(work, 0o755)
    root = os.getuid() == 0
    env = dict(os.environ, ANSIBLE_LOCAL_TEMP=str(work / "tmp"), ANSIBLE_REMOTE_TEMP=str(work / "tmp"),
               ANSIBLE_HOME=str(work / "ansible-home"), ANSIBLE_NOCOLOR="1", ANSIBLE_RETRY_FILES_ENABLED="0",
               ANSIBLE_FORCE_COLOR="0", ANSIBLE_STDOUT_CALLBACK="default", ANSIBLE_GATHERING="explicit",
               HOME=str(work / "home"), XDG_STATE_HOME=str(work / "home/state"))
    (work / "home").mkdir()

    def play(report_dir, **extra):
        args = [playbook_bin, "-i", "localhost,", "-c", "local", str(opts.playbook),
                "-e", f"whydenied_cli={opts.cli}", "-e", f"whydenied_report_dir={report_dir}"]
        # -e key=value would split a value with spaces: pass the variables as JSON.
        args += ["-e", json.dumps(extra)]
        p = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
        return p

    def report(report_dir):
        f = report_dir / "localhost.json"
        check(f.is_file(), f"no report {f}")
        return json.loads(f.read_text()) if f.is_file() else {}

    try:
        # Who is checked: the unprivileged test uid through --as when we are root, else ourselves.
        subject = {"whydenied_as": f"uid:{TEST_UID}"} if root else {}
        owner = (TEST_UID, TEST_GID)

        # 1. A denied file: not a failed task; the report says why; the play names the host.
        secret = work / "secret.txt"
        secret.write_text("secret\n")
        if root:
            os.chmod(secret, 0o600)  # root's, unreadable for uid 4242
            want_cause = "owned-by-another-user"
        else:
            os.chmod(secret, 0o000)  # ours, but without the read bit
            want_cause = "owner-lacks-permission"
        r1 = work / "reports-diagnose"
        p = play(r1, whydenied_path=str(secret), **subject)
        check(p.returncode == 0, f"diagnose play failed (exit {p.returncode}):\n{p.stdout[-3000:]}\n{p.stderr[-2000:]}")
        j = report(r1)
        check(j.get("schema") == 1 and j.get("verdict") == "denied", f"diagnose report: {j}")
        causes = [f.get("cause") for f in j.get("findings", [])]
        check(causes[:1] == [want_cause], f"first cause {causes}, want {want_cause}")
        check("denied on 1 of 1 hosts: localhost" in p.stdout, "the play does not name the denied host:\n" + p.stdout[-2000:])
        check(f"causes: {want_cause}" in p.stdout, "the play's summary lacks the cause:\n" + p.stdout[-2000:])

        # 2. An audit that finds a group: files the owner made read-only.
        tree = work / "uploads"
        (tree / "2026").mkdir(parents=True)
        for f in [tree / "a.jpg", tree / "2026" / "b.jpg"]:
            f.write_text("x\n")
            os.chmod(f, 0o444)
        if root:
            for f in [tree, tree / "2026", tree / "a.jpg", tree / "2026" / "b.jpg"]:
                os.chown(f, *owner)
        r2 = work / "reports-audit"
        p = play(r2, whydenied_command="audit", whydenied_path=str(tree), whydenied_op="write", **subject)
        check(p.returncode == 0, f"audit play failed (exit {p.returncode}):\n{p.stdout[-3000:]}")
        j = report(r2)
        check(j.get("event") == "summary" and j.get("denied") == 2, f"audit report: {j}")
        check(j.get("counts") == {"owner-lacks-permission": 2}, f"audit counts: {j.get('counts')}")
        check("2 denied of" in p.stdout and "owner-lacks-permission: 2" in p.stdout,
              "the play's audit summary is missing:\n" + p.stdout[-2000:])

        # 3. The same with whydenied_fix: the group is fixed through audit --fix CAUSE --yes.
        r3 = work / "reports-fix"
        p = play(r3, whydenied_command="audit", whydenied_path=str(tree), whydenied_op="write",
                 whydenied_fix="owner-lacks-permission", **subject)
        check(p.returncode == 0, f"fix play failed (exit {p.returncode}):\n{p.stdout[-3000:]}")
        j = report(r3)
        check(j.get("denied") == 0, f"after the fix the audit still finds: {j}")
        check(os.stat(tree / "a.jpg").st_mode & 0o200 != 0, "a.jpg is still read-only after the fix")
        check("denied on 0 of 1 hosts" in p.stdout, "the play after the fix:\n" + p.stdout[-2000:])

        # 4. Bad input (exit 2 of the CLI) fails the play, and leaves no report.
        r4 = work / "reports-bad"
        p = play(r4, whydenied_path=str(secret), whydenied_op="smash")
        check(p.returncode != 0, "a bad operation did not fail the play")
        check("unknown operation" in p.stdout, "the failure does not show the CLI's message:\n" + p.stdout[-2000:])
        check(not (r4 / "localhost.json").exists(), "a failed run left a report")

        # 5. whydenied_fix is refused with diagnose: fixes go through audit only.
        p = play(work / "reports-refused", whydenied_path=str(secret), whydenied_fix="owner-lacks-permission")
        check(p.returncode != 0, "whydenied_fix with diagnose was not refused")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("the Ansible example: reports written and checked, exit codes mapped, the fix applied")
    return 0


if __name__ == "__main__":
    sys.exit(main())
