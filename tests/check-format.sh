#!/bin/sh
# Every C file follows the project's .clang-format.
top=${1:-.}
cd "$top" || exit 1
n=0
bad=""
for f in $(git ls-files '*.c' '*.h' 2>/dev/null); do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad="$bad $f"
done
if [ -z "$bad" ]; then echo "ok 1 clang-format"; else echo "not ok 1 clang-format"; echo "# run 'make format':$bad"; fi
echo "1..1"
