#!/usr/bin/env bash
# Builds samples/legacy (a CDK app that breaks the STAGE rules) with and without the analyzers, alternating the two,
# each a full rebuild; prints each run and the ratio of the means. RunAnalyzers=false turns the analyzers off; the
# wiring generator runs in both builds.
# Usage: tests/Benchmarks/sample-build-ratio.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
project="$root/samples/legacy/src/Legacy.Infrastructure"

build() { # $1: true or false
  dotnet build "$project" --no-incremental -c Release -nologo -v q -p:RunAnalyzers="$1" >/dev/null 2>&1 || {
    echo "samples/legacy failed to build (RunAnalyzers=$1)" >&2; exit 1; }
}
seconds() { local s e; s=$(date +%s.%N); build "$1"; e=$(date +%s.%N); echo "$e - $s" | bc; }

# One build of each first: restore, the build server and the disk caches are warm for every measured run.
dotnet restore "$project" -nologo -v q >/dev/null
build true; build false

without_total=0; with_total=0
for i in $(seq 1 "$runs"); do
  a=$(seconds false); b=$(seconds true)
  printf 'run %d: without analyzers %.2f s, with analyzers %.2f s\n' "$i" "$a" "$b"
  without_total=$(echo "$without_total + $a" | bc); with_total=$(echo "$with_total + $b" | bc)
done
printf 'mean: without %.2f s, with %.2f s, ratio %.3f\n' \
  "$(echo "$without_total / $runs" | bc -l)" "$(echo "$with_total / $runs" | bc -l)" \
  "$(echo "$with_total / $without_total" | bc -l)"
