#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks whydenied-cli's real JSON against the published schemas in docs/schema/.

The outputs come from two places, both real runs of the CLI on real files:
  * the scenario suites (cli_tests, parse_tests, fix, audit and holders tests), run with
    WD_TEST_RECORD_CLI so that every CLI run they make is recorded (tests/support/run_program.h);
  * scenarios built here: owners and modes, a held file, a fix and its undo, --as, the corpus.
Every JSON output is validated twice: against the schemas as published (additional properties
allowed, so added fields keep validating) and against a strict copy in which every object that
allows additional properties refuses them, which proves that every field output today is
documented. The schemas themselves are checked against the draft 2020-12 meta-schema, and the
cause and operation enumerations against the code's own tables.

Validation is python3-jsonschema's (Debian); there is no validator of our own here.
"""
import argparse
import copy
import json
import os
import pathlib
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import warnings

import jsonschema

# Debian 12's python3-jsonschema (4.10) has RefResolver and no `referencing` library; newer
# releases only deprecate it.
warnings.filterwarnings("ignore", category=DeprecationWarning, module=__name__)

TEST_UID = TEST_GID = 4242  # the unprivileged uid of the scenario tests (tests/support/as_user.h)
SCHEMAS = ["common", "diagnose", "explain", "parse", "holders", "audit", "audit-line", "fix", "fix-plan"]

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg, file=sys.stderr)


# --- schemas ------------------------------------------------------------------------------------

def strict_copy(node):
    """The same schema with `additionalProperties: true` / `unevaluatedProperties: true` made false."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k in ("additionalProperties", "unevaluatedProperties") and v is True:
                out[k] = False
            else:
                out[k] = strict_copy(v)
        return out
    if isinstance(node, list):
        return [strict_copy(v) for v in node]
    return node


class Schemas:
    def __init__(self, directory, strict):
        self.docs = {}
        for name in SCHEMAS:
            path = directory / f"{name}.schema.json"
            doc = json.loads(path.read_text(encoding="utf-8"))
            self.docs[name] = strict_copy(doc) if strict else doc
        base = directory.resolve().as_uri() + "/"
        # Every document under the URI it is loaded from, so relative $refs never leave the folder.
        store = {base + f"{n}.schema.json": d for n, d in self.docs.items()}
        self.validators = {}
        for name, doc in self.docs.items():
            resolver = jsonschema.RefResolver(base + f"{name}.schema.json", doc, store=store)
            self.validators[name] = jsonschema.Draft202012Validator(doc, resolver=resolver)

    def errors(self, name, instance):
        return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                for e in self.validators[name].iter_errors(instance)]


def check_meta(directory):
    for name in SCHEMAS:
        doc = json.loads((directory / f"{name}.schema.json").read_text(encoding="utf-8"))
        if doc.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            fail(f"{name}.schema.json does not declare draft 2020-12")
        try:
            jsonschema.Draft202012Validator.check_schema(doc)
        except jsonschema.SchemaError as e:
            fail(f"{name}.schema.json is not a valid schema: {e.message}")


def check_enumerations(directory, source):
    """The schema's cause ids and operations must cover what the code can output."""
    common = json.loads((directory / "common.schema.json").read_text(encoding="utf-8"))["$defs"]
    causes = set(common["cause"]["enum"])
    emitted = set()
    registry = (source / "core/src/rules/registry.cpp").read_text(encoding="utf-8")
    emitted |= set(re.findall(r'X\("([a-z-]+)"', registry))
    for rel in ["core/src/knowhow/advice.cpp"]:
        emitted |= set(re.findall(r'advice\(\s*"([a-z-]+)"', (source / rel).read_text(encoding="utf-8")))
    emitted |= set(re.findall(r'deny\("([a-z-]+)"', (source / "core/src/audit/common/judge.cpp").read_text(encoding="utf-8")))
    for f in sorted((source / "core/src").rglob("*.cpp")):
        emitted |= set(re.findall(r'(?:finding|Finding)\(\s*"([a-z]+(?:-[a-z]+)+)"', f.read_text(encoding="utf-8")))
    if len(emitted) < 30:
        fail(f"found only {len(emitted)} cause ids in the code: the scan of the rule tables is broken")
    for c in sorted(emitted - causes):
        fail(f"cause id '{c}' is output by the code but missing from common.schema.json's cause enum")
    model = (source / "core/src/model.cpp").read_text(encoding="utf-8")
    ops = set(re.findall(r'Operation::\w+, "([a-z]+)"', model))
    if len(ops) < 10:
        fail("could not read the operations from core/src/model.cpp")
    if ops - {"unknown", "any"} != set(common["operation"]["enum"]):
        fail(f"operations in model.cpp {sorted(ops)} differ from the schema's {common['operation']['enum']}")
    print(f"enumerations: {len(emitted)} cause ids output by the code, all in the schema; {len(ops)} operations")


# --- running the CLI ----------------------------------------------------------------------------

def as_test_user():
    if os.getuid() == 0:
        os.setgroups([])
        os.setresgid(TEST_GID, TEST_GID, TEST_GID)
        os.setresuid(TEST_UID, TEST_UID, TEST_UID)


class Recorder:
    """Runs the CLI and records each run in the same form as tests/support/run_program.h."""

    def __init__(self, cli, directory):
        self.cli, self.dir, self.n = cli, directory, 0

    def run(self, args, user=True, stdin=None, env=None):
        p = subprocess.run([self.cli] + args, input=stdin, capture_output=True, timeout=60,
                           preexec_fn=as_test_user if user else None, env=env)
        self.n += 1
        base = self.dir / f"py-{self.n}"
        (base.with_suffix(".out")).write_bytes(p.stdout)
        (base.with_suffix(".argv")).write_bytes(b"\0".join([str(p.returncode).encode()] + [a.encode() for a in args]))
        return p


def run_suites(suites, record_dir):
    env = dict(os.environ, WD_TEST_RECORD_CLI=str(record_dir))
    for spec in suites:
        binary, _, gtest_filter = spec.partition(":")
        cmd = [binary] + ([f"--gtest_filter={gtest_filter}"] if gtest_filter else [])
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        summary = [line for line in p.stdout.splitlines() if line.startswith("[  PASSED") or line.startswith("[  FAILED")]
        # A failing suite is reported by its own ctest entry; here only its outputs matter.
        print(f"suite {pathlib.Path(binary).name} {gtest_filter}: exit {p.returncode} {' '.join(summary[:1])}")


def scenarios(rec, source, corpus):
    root = pathlib.Path(tempfile.mkdtemp(prefix="wd-schema-"))
    os.chmod(root, 0o755)
    home = root / "home"
    home.mkdir()
    mine = root / "mine"
    mine.mkdir()
    (mine / "report.csv").write_text("a,b\n")
    (mine / "readonly.txt").write_text("x\n")
    os.chmod(mine / "readonly.txt", 0o444)
    (mine / "script.sh").write_text("#!/bin/sh\n")
    os.chmod(mine / "script.sh", 0o644)
    os.symlink(mine / "report.csv", mine / "link.csv")
    sub = mine / "sub"
    sub.mkdir()
    (sub / "locked.txt").write_text("x\n")
    os.chmod(sub / "locked.txt", 0o400)
    os.chmod(sub, 0o555)
    for p in [home, mine, mine / "report.csv", mine / "readonly.txt", mine / "script.sh", sub, sub / "locked.txt"]:
        if os.getuid() == 0:
            os.chown(p, TEST_UID, TEST_GID)
    os.lchown(mine / "link.csv", TEST_UID, TEST_GID) if os.getuid() == 0 else None
    secret = root / "rootonly.txt"
    secret.write_text("secret\n")
    os.chmod(secret, 0o600)
    sticky = root / "sticky"
    sticky.mkdir()
    os.chmod(sticky, 0o1777)
    (sticky / "theirs.txt").write_text("x\n")
    env = dict(os.environ, HOME=str(home), XDG_STATE_HOME=str(home / "state"))
    env.pop("XDG_RUNTIME_DIR", None)
    try:
        d = lambda *a: rec.run(["diagnose", *a, "--json"], env=env)
        d(str(mine / "report.csv"), "--op", "write")
        d(str(mine / "report.csv"))
        d(str(mine / "link.csv"), "--op", "read")
        d(str(mine / "script.sh"), "--op", "execute")
        d(str(mine / "nothing" / "here.txt"), "--op", "create")
        d(str(secret))
        d(str(secret), "--op", "write")
        d(str(sticky / "theirs.txt"), "--op", "delete")
        d(str(sub / "new.txt"), "--op", "create")
        d(str(root), "--op", "list")
        d("/proc/1/root/x", "--op", "read")
        ro = d(str(mine / "readonly.txt"), "--op", "write")
        # The fix the diagnosis proposes, applied without a terminal (--yes), then undone.
        try:
            fix_id = json.loads(ro.stdout)["findings"][0]["fixes"][0]["id"]
            rec.run(["fix", str(mine / "readonly.txt"), "--op", "write", "--fix", fix_id, "--yes", "--json"], env=env)
            rec.run(["undo", "LAST", "--yes"], env=env)
        except (ValueError, LookupError) as e:
            fail(f"no fix proposed for a read-only file: {e}: {ro.stdout[:300]!r}")
        # The whole plan for it, applied and undone as one.
        try:
            applied = rec.run(["fix", str(mine / "readonly.txt"), "--op", "write", "--plan", "--yes", "--json"], env=env)
            rec.run(["undo", json.loads(applied.stdout)["journal"]["id"], "--yes"], env=env)
        except (ValueError, LookupError, TypeError) as e:
            fail(f"no plan applied for a read-only file: {e}: {applied.stdout[:300]!r}")
        if os.getuid() == 0:
            # Someone else's access: the kernel asked as that uid, and the rules' computation.
            rec.run(["diagnose", str(secret), "--as", f"uid:{TEST_UID}", "--json"], user=False)
            rec.run(["diagnose", str(secret), "--as", f"uid:{TEST_UID}", "--computed", "--json"], user=False)
            rec.run(["diagnose", str(mine / "report.csv"), "--as", "nobody", "--op", "write", "--json"], user=False)
            sleeper = subprocess.Popen(["sleep", "60"], preexec_fn=as_test_user)
            try:
                rec.run(["diagnose", str(secret), "--as", f"pid:{sleeper.pid}", "--json"], user=False)
            finally:
                sleeper.kill()
                sleeper.wait()
            rec.run(["audit", str(root), "--as", f"uid:{TEST_UID}", "--op", "write", "--json"], user=False)
        # A process holding a file, for holders (file and folder).
        holder = subprocess.Popen(["tail", "-f", str(mine / "report.csv")], stdout=subprocess.DEVNULL,
                                  preexec_fn=as_test_user)
        try:
            for _ in range(100):
                if any(os.path.realpath(f"/proc/{holder.pid}/fd/{fd}") == str(mine / "report.csv")
                       for fd in os.listdir(f"/proc/{holder.pid}/fd")):
                    break
                subprocess.run(["sleep", "0.05"])
            rec.run(["holders", str(mine / "report.csv"), "--json"], env=env)
            rec.run(["holders", str(mine), "--json"], env=env)
        finally:
            holder.kill()
            holder.wait()
        rec.run(["audit", str(root), "--op", "write", "--json"], env=env)
        rec.run(["audit", str(root), "--op", "read", "--jsonl"], env=env)
        rec.run(["audit", str(mine), "--op", "delete", "--json"], env=env)
        # Error texts: ours, and every message of the shared corpus.
        texts = [f"bash: {mine / 'readonly.txt'}: Permission denied\n",
                 f"cp: cannot create regular file '{sub / 'new.txt'}': Permission denied\n",
                 f"rm: cannot remove '{sticky / 'theirs.txt'}': Operation not permitted\n",
                 "PermissionError: [Errno 13] Permission denied: 'C:\\\\Users\\\\ana\\\\report.xlsx'\n",
                 "The process cannot access the file 'C:\\Users\\ana\\report.xlsx' because it is being used by "
                 "another process.\n",
                 "nothing to see here\n"]
        if corpus and corpus.is_file():
            texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        for t in texts:
            rec.run(["parse", "--json"], stdin=t.encode(), env=env)
            rec.run(["explain", "--json"], stdin=t.encode(), env=env)
        lsm = source / "tests/data/lsm"
        for log in sorted(lsm.glob("*")) if lsm.is_dir() else []:
            rec.run(["explain", "--json", "--audit-log", str(log), str(log)], env=env)
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", str(root)])
        shutil.rmtree(root, ignore_errors=True)


# --- validation ---------------------------------------------------------------------------------

def schema_for(args):
    """Which schema a recorded run's stdout follows, or None when it prints no JSON."""
    if not args:
        return None
    cmd, rest = args[0], args[1:]
    if cmd == "audit":
        if "--fix" in rest or "--undo" in rest:
            return None  # text: the bulk fix reports in words
        return "audit-line" if "--jsonl" in rest else "audit" if "--json" in rest else None
    if cmd == "fix" and "--plan" in rest and "--json" in rest:
        return "fix-plan"
    if cmd in ("diagnose", "explain", "parse", "holders", "fix") and "--json" in rest:
        return cmd
    return None


def validate(record_dir, loose, strict):
    counts = {}
    seen = {"subject": 0, "denied": 0, "fixes": 0, "holder": 0, "audit group": 0, "advice": 0, "journal": 0}
    for argv_file in sorted(record_dir.glob("*.argv")):
        parts = argv_file.read_bytes().split(b"\0")
        exit_code, args = parts[0].decode(), [p.decode("utf-8", "replace") for p in parts[1:]]
        name = schema_for(args)
        out = argv_file.with_suffix(".out").read_bytes().decode("utf-8", "replace")
        if name is None or not out.strip():
            continue
        what = f"{argv_file.name} (whydenied-cli {' '.join(args)[:160]}, exit {exit_code})"
        docs = []
        try:
            docs = [json.loads(line) for line in out.splitlines() if line.strip()] if name == "audit-line" else [json.loads(out)]
        except ValueError as e:
            fail(f"{what}: output is not JSON: {e}")
            continue
        for doc in docs:
            for label, schemas in (("schema", loose), ("strict copy (an undocumented field?)", strict)):
                errs = schemas.errors(name, doc)
                if errs:
                    fail(f"{what}: {name}.schema.json {label}:\n    " + "\n    ".join(errs[:8]))
                    break
            counts[name] = counts.get(name, 0) + 1
            diagnoses = []
            if name == "diagnose":
                diagnoses = [doc]
            elif name == "explain":
                diagnoses = [r["diagnosis"] for r in doc.get("requests", []) if r.get("diagnosis")]
                seen["advice"] += sum(1 for r in doc.get("requests", []) if r.get("advice"))
            elif name in ("fix", "fix-plan"):
                diagnoses = [doc["diagnosis"]] if doc.get("diagnosis") else []
                seen["journal"] += 1 if doc.get("journal") else 0
            elif name == "holders":
                seen["holder"] += len(doc.get("holders", []))
            elif name in ("audit", "audit-line") and doc.get("groups"):
                seen["audit group"] += 1
            for dg in diagnoses:
                seen["subject"] += 1 if "subject" in dg else 0
                seen["denied"] += 1 if dg.get("verdict") == "denied" else 0
                seen["fixes"] += 1 if any(f.get("fixes") for f in dg.get("findings", [])) else 0
    print("validated outputs per schema: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("covered: " + ", ".join(f"{k} {v}" for k, v in seen.items()))
    for name in SCHEMAS[1:]:
        if counts.get(name, 0) == 0:
            fail(f"no output was validated against {name}.schema.json: the test covers nothing there")
    for k, v in seen.items():
        if v == 0 and not (k == "subject" and os.getuid() != 0):
            fail(f"no output had a {k}: the scenarios no longer cover it")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--schemas", required=True, type=pathlib.Path)
    ap.add_argument("--source", required=True, type=pathlib.Path)
    ap.add_argument("--corpus", type=pathlib.Path)
    ap.add_argument("--suite", action="append", default=[], help="BINARY[:GTEST_FILTER], run with recording")
    opts = ap.parse_args()

    check_meta(opts.schemas)
    check_enumerations(opts.schemas, opts.source)
    loose, strict = Schemas(opts.schemas, False), Schemas(opts.schemas, True)
    record_dir = pathlib.Path(tempfile.mkdtemp(prefix="wd-schema-runs-"))
    # The suites run the CLI as the unprivileged test uid too: it must be able to record.
    os.chmod(record_dir, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO | stat.S_ISVTX)
    try:
        run_suites(opts.suite, record_dir)
        scenarios(Recorder(opts.cli, record_dir), opts.source, opts.corpus)
        validate(record_dir, loose, strict)
    finally:
        shutil.rmtree(record_dir, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("all outputs valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
