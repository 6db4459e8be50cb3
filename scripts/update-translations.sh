#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/whydenied_*.ts from the sources (the window and the core): new strings
# appear as unfinished, removed ones are dropped. Then translate the unfinished entries (Qt
# Linguist, or by hand) until tests/translations passes. Same result as the update_translations
# target of any build directory, without needing one.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-}
for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
  [[ -z $lupdate && -n $candidate && -x $candidate ]] && lupdate=$candidate
done
[[ -n $lupdate ]] || { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 1; }

mirror=$(mktemp -d)
trap 'rm -rf "$mirror"' EXIT
cmake -DWD_SOURCE_DIR="$root" -DWD_MIRROR_DIR="$mirror" -P "$root/cmake/TrSources.cmake"
ts=()
for lang in de fr es ja; do ts+=("$root/translations/whydenied_$lang.ts"); done  # as in cmake/Translations.cmake
"$lupdate" -locations none -no-obsolete \
  -I "$mirror/app" -I "$mirror/core/include" -I "$mirror/core/src" \
  "$mirror/app" "$mirror/core" -ts "${ts[@]}"
# English needs only its plurals ("1 folder", "2 folders"): the sources are English already.
"$lupdate" -locations none -no-obsolete -pluralonly -target-language en \
  -I "$mirror/app" -I "$mirror/core/include" -I "$mirror/core/src" \
  "$mirror/app" "$mirror/core" -ts "$root/translations/whydenied_en.ts"
