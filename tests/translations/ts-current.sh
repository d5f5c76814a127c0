#!/bin/sh
# ctest i18n.ts_current: the shipped .ts files are current with the code. gradus-ts-check alone
# reads only what is in a .ts file, so a tr() text added to the code and never put through
# lupdate would pass it and show in English. Here lupdate refreshes copies of the files from the
# sources (keeping vanished entries marked, not dropped), and the copies must still be complete:
# a text new in the code appears as unfinished, one gone from the code as vanished.
#
# usage: ts-current.sh GENERATE_PROJECT.cmake PROJECT.cmake LUPDATE TS_CHECK FILE.ts...
set -eu
generate=$1 project=$2 lupdate=$3 check=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generate"
copies=
for ts in "$@"; do
    cp "$ts" "$work/"
    copies="$copies $work/$(basename "$ts")"
done
# shellcheck disable=SC2086 # the copies' names hold no spaces (mktemp, gradus_xx.ts)
"$lupdate" -silent -project "$work/project.json" -locations none -ts $copies
# shellcheck disable=SC2086
if ! "$check" $copies; then
    echo "The .ts files are not current with the code. Run" >&2
    echo "  cmake --build build --target update_translations" >&2
    echo "then translate what it marks unfinished in every language." >&2
    exit 1
fi
