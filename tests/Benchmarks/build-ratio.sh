#!/usr/bin/env bash
# Builds a synthetic CDK solution (P projects of S stacks: 10 x 100 = 1,000 stacks by default) with and without the
# StageAware analyzers and generator, alternating the two, each a full rebuild with -p:ReportAnalyzer=true. Prints
# each run, the build-time ratio of the means, and each analyzer's and generator's share of the StageAware builds.
# Both builds reference the stage-aware runtime; they differ only in the Analyzer items.
# The fourth argument picks the compiler: `server` (the compiler server, as most machines build) or `process` (a new
# compiler process a project, as with UseSharedCompilation=false, which this machine's environment sets), which pays
# the loading and JIT compiling of every analyzer and generator once a project.
# Usage: tests/Benchmarks/build-ratio.sh [runs] [projects] [stacks per project] [server|process]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
projects="${2:-10}"
stacks="${3:-100}"
case "${4:-server}" in
  server) shared=true ;;
  process) shared=false ;;
  *) echo "the compiler is server or process, not '$4'" >&2; exit 2 ;;
esac

dotnet build "$root/tests/StageAware.Benchmarks/StageAware.Benchmarks.csproj" -c Release -nologo -v q >/dev/null
bench="$root/tests/StageAware.Benchmarks/bin/Release/net10.0/StageAware.Benchmarks.dll"
runtime="$root/src/Runtime/StageAware/bin/Release/net8.0"
analyzers="$root/src/Analyzers/StageAware.Analyzers/bin/Release/netstandard2.0/StageAware.Analyzers.dll"
generator="$root/src/Generators/StageAware.Generators/bin/Release/netstandard2.0/StageAware.Generators.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet "$bench" write-solution --out "$work" --projects "$projects" --stacks "$stacks" \
  --runtime "$runtime/StageAware.dll;$runtime/StageAware.Core.dll" --analyzers "$analyzers;$generator"
echo "solution: $projects projects x $stacks stacks in $work, UseSharedCompilation=$shared" >&2
dotnet restore "$work/Synthetic.slnx" -nologo -v q >/dev/null

# One full build, analyzers included: the build server and the disk caches are warm for every measured run.
build() { # $1: true or false; $2: log file
  # The compiler's analyzer report is written at detailed verbosity: to a file, the same for both builds.
  dotnet build "$work/Synthetic.slnx" --no-restore --no-incremental -c Release -nologo -v q \
    "-flp:verbosity=detailed;logfile=$2" -p:WithStageAware="$1" -p:ReportAnalyzer=true \
    -p:UseSharedCompilation="$shared" \
    -p:TreatWarningsAsErrors=false >/dev/null 2>&1 || {
    tail -20 "$2" >&2; echo "the synthetic solution failed to build (WithStageAware=$1)" >&2; exit 1; }
}
seconds() { local s e; s=$(date +%s.%N); build "$1" "$2"; e=$(date +%s.%N); echo "$e - $s" | bc; }
build true "$work/warm.log"

without_total=0; with_total=0
for i in $(seq 1 "$runs"); do
  a=$(seconds false "$work/without-$i.log")
  b=$(seconds true "$work/with-$i.log")
  printf 'run %d: without StageAware %.2f s, with StageAware %.2f s\n' "$i" "$a" "$b"
  without_total=$(echo "$without_total + $a" | bc); with_total=$(echo "$with_total + $b" | bc)
done
printf 'mean: without %.2f s, with %.2f s, ratio %.4f (%+.2f%%)\n' \
  "$(echo "$without_total / $runs" | bc -l)" "$(echo "$with_total / $runs" | bc -l)" \
  "$(echo "$with_total / $without_total" | bc -l)" "$(echo "($with_total / $without_total - 1) * 100" | bc -l)"

# The compiler's own report (-p:ReportAnalyzer=true), summed over the projects of every StageAware build: the
# seconds each StageAware analyzer and the generator took, and their share of the whole build time.
cat "$work"/with-*.log | awk -v runs="$runs" -v total="$with_total" '
  {
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^StageAware\.(Analyzers|Generators)\.[A-Za-z]+$/ && $(i-2) ~ /^[<0-9.]+$/) {
        t = $(i-2); sub(/^</, "", t); seconds[$i] += t
      }
    }
  }
  END {
    for (name in seconds) {
      printf "%-60s %7.3f s a build, %6.3f%% of it\n", name, seconds[name] / runs, 100 * seconds[name] / total
      sum += seconds[name]
    }
    printf "%-60s %7.3f s a build, %6.3f%% of it\n", "all StageAware analyzers and the generator", sum / runs, 100 * sum / total
  }'
