#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Puts an SPDX licence identifier at the top of every source file that lacks one, in the file's
# own comment syntax (after a #! line). With --check it changes nothing and lists the files that
# lack it (exit 1), which is what the ctest spdx_headers runs.
#   scripts/add-spdx-headers.sh [--check] [FILE...]   (default: every tracked source file)
# Sources: C++ (.cpp .h .mm), CMake (CMakeLists.txt, .cmake), shell (.sh) and Python (.py).
# Generated files (core/src/parse/strerror_table.inc), data and documents are left alone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
license=GPL-3.0-or-later
tag="SPDX-License-Identifier: $license"

check=0
files=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "add-spdx-headers: unknown option '$arg'" >&2; exit 2 ;;
    *) files+=("$arg") ;;
  esac
done

is_source() {
  case "$1" in
    build/*|*/build/*) return 1 ;;
    *.cpp|*.h|*.mm|*.cmake|*/CMakeLists.txt|CMakeLists.txt|*.sh|*.py) return 0 ;;
  esac
  return 1
}

if ((${#files[@]} == 0)); then
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -d '' listed < <(git -C "$root" ls-files -z)
  else
    mapfile -d '' listed < <(find . -path ./build -prune -o -type f -printf '%P\0')
  fi
  for f in "${listed[@]}"; do is_source "$f" && files+=("$f"); done
fi

comment_for() {
  case "$1" in
    *.cpp|*.h|*.mm) printf '// %s' "$tag" ;;
    *) printf '# %s' "$tag" ;;
  esac
}

# The identifier counts when it is among the first lines, where tools look for it.
has_tag() { head -n 5 -- "$1" | grep -q "SPDX-License-Identifier: $license"; }

missing=()
for f in "${files[@]}"; do
  [[ -f $f ]] || { echo "add-spdx-headers: no such file: $f" >&2; exit 2; }
  has_tag "$f" && continue
  missing+=("$f")
  ((check)) && continue
  line=$(comment_for "$f")
  tmp=$(mktemp "$f.spdx.XXXXXX")
  if [[ $(head -c 2 -- "$f") == '#!' ]]; then
    { head -n 1 -- "$f"; printf '%s\n' "$line"; tail -n +2 -- "$f"; } >"$tmp"
  else
    { printf '%s\n' "$line"; cat -- "$f"; } >"$tmp"
  fi
  chmod --reference="$f" -- "$tmp"
  mv -- "$tmp" "$f"
done

if ((check)); then
  if ((${#missing[@]})); then
    printf 'add-spdx-headers: %d of %d source files lack "%s":\n' "${#missing[@]}" "${#files[@]}" "$tag" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "add-spdx-headers: run scripts/add-spdx-headers.sh to add them" >&2
    exit 1
  fi
  echo "add-spdx-headers: all ${#files[@]} source files carry $tag"
  exit 0
fi
echo "add-spdx-headers: added the header to ${#missing[@]} of ${#files[@]} source files"
