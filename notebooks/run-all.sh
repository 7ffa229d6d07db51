#!/usr/bin/env bash
# Runs every notebook in both of its forms and fails on any error (CI: .ci/run calls this after the tests).
#
#   1. builds the library the notebooks use (src/KadSim, Release: the build a Polyglot notebook's #r loads);
#   2. checks that every notebooks/*.ipynb is exactly what its notebooks/*.cs generates (nb.cs check);
#   3. runs each file-based app, `dotnet run notebooks/<name>.cs` (outputs in notebooks/out/<name>/);
#   4. runs each .ipynb: its C# code cells compiled against the current library as one program (nb.cs program:
#      #r → #:project/#:package, magics dropped, display(x) → a stub that saves x) and run from notebooks/, the
#      folder a kernel runs in (outputs in notebooks/out/ipynb/<name>/, with an executed copy of the notebook);
#   5. checks that both forms printed the same transcript (output.txt).
#
# Usage: bash notebooks/run-all.sh [name...]   (default: every notebook)
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
config=Release
failures=0
t0=$(date +%s.%N)

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f s", b - a }'; }
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }

echo "== notebooks: build src/KadSim ($config)"
if ! dotnet build src/KadSim -c "$config" -nologo -v quiet; then
  echo "FAILED: the library does not build" >&2
  exit 1
fi
lib="src/KadSim/bin/$config/net10.0/KadSim.Api.dll"
[ -f "$lib" ] || { echo "FAILED: $lib (what the notebooks' #r loads) is missing" >&2; exit 1; }

echo "== notebooks: the .ipynb files are in sync with their .cs sources"
dotnet run -c "$config" notebooks/tools/nb.cs -- check || fail "notebooks out of sync (run: dotnet run notebooks/tools/nb.cs -- sync)"

if [ "$#" -gt 0 ]; then names=("$@"); else
  names=()
  for f in notebooks/*.cs; do names+=("$(basename "$f" .cs)"); done
fi

summary=()
for name in "${names[@]}"; do
  echo "== notebook $name: file-based app (dotnet run notebooks/$name.cs)"
  t=$(date +%s.%N)
  if dotnet run -c "$config" "notebooks/$name.cs" </dev/null; then app="ok"; else app="FAILED"; fail "notebooks/$name.cs exited with an error"; fi
  app_time=$(elapsed "$t")

  echo "== notebook $name: Polyglot notebook (code cells of notebooks/$name.ipynb, run from notebooks/)"
  t=$(date +%s.%N)
  program="notebooks/out/ipynb-src/$name.cs"
  nb="failed"
  if dotnet run -c "$config" notebooks/tools/nb.cs -- program "notebooks/$name.ipynb" "$program" "notebooks/out/ipynb/$name/$name.ipynb"; then
    if (cd notebooks && KADSIM_NOTEBOOK_OUT=out/ipynb dotnet run -c "$config" "out/ipynb-src/$name.cs" </dev/null); then nb="ok"; else fail "notebooks/$name.ipynb: its code cells exited with an error"; fi
  else
    fail "notebooks/$name.ipynb: its code cells could not be turned into a program"
  fi
  nb_time=$(elapsed "$t")

  same="-"
  if [ "$app" = ok ] && [ "$nb" = ok ]; then
    if diff -u "notebooks/out/$name/output.txt" "notebooks/out/ipynb/$name/output.txt"; then same="same output"; else same="DIFFERENT output"; fail "$name: the .cs and the .ipynb printed different results"; fi
  fi
  summary+=("$(printf '%-28s app %-6s %8s   ipynb %-6s %8s   %s' "$name" "$app" "$app_time" "$nb" "$nb_time" "$same")")
done

echo "== notebooks: summary"
printf '%s\n' "${summary[@]}"
echo "notebooks: ${#names[@]} notebooks, $failures failures, $(elapsed "$t0") in all"
[ "$failures" -eq 0 ]
