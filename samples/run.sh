#!/usr/bin/env bash
# The quick start's main job: the STAGE diagnostics of the legacy sample (a CDK app as written before StageAware),
# then `stageaware synth` of the notes sample (the same kind of app, stage-aware) for one stage and region.
# Usage: samples/run.sh [stage] [region]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stage="${1:-dev}"
region="${2:-us-east-1}"

echo "== What the analyzers find in samples/legacy (hard-coded accounts, regions and stack names)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet build "$root/samples/legacy/src/Legacy.Infrastructure" -nologo --no-incremental -v q >"$log" 2>&1 || {
  cat "$log"
  exit 1
}
# One line a site: file(line,column), id and message, without the help link and project the build adds.
grep -E 'warning STAGE[0-9]+' "$log" | sed -E 's#^.*/([^/]+\.cs\()#\1#; s# \(https://[^)]*\) \[[^]]*\]$##' | sort -u
echo
echo "== stageaware synth --dir samples/notes --stage $stage --region $region"
"$root/stageaware" synth --dir "$root/samples/notes" --stage "$stage" --region "$region"
