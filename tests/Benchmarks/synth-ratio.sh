#!/usr/bin/env bash
# Times `stageaware synth` against a bare `cdk synth` of the same app, same stage and region, in one run,
# alternating the two so that both see the same machine. Prints each run and the ratio of the means.
# Usage: tests/Benchmarks/synth-ratio.sh [runs] [app folder]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
app="$(cd "${2:-$root/samples/notes}" && pwd)"

(cd "$root" && [ -x node_modules/.bin/cdk ] || npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/src/Runtime/StageAware.Cli/StageAware.Cli.csproj" -c Release -nologo -v q >/dev/null
tool="$root/src/Runtime/StageAware.Cli/bin/Release/net8.0/StageAware.Cli.dll"
cdk="$root/node_modules/aws-cdk/bin/cdk"

# No credentials and no metadata address: neither run may leave the machine.
export AWS_EC2_METADATA_DISABLED=true CDK_DISABLE_CLI_TELEMETRY=true JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_ENDPOINT_URL=http://127.0.0.1:9
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE

bare_out="$(mktemp -d)"
trap 'rm -rf "$bare_out"' EXIT
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

# One warm-up of each: the first build of the app and jsii's package cache are not what is measured.
(cd "$app" && node "$cdk" synth -c stage=dev -c region=us-east-1 --quiet --no-notices -o "$bare_out" >/dev/null 2>&1)
(cd "$app" && dotnet "$tool" synth --stage dev --region us-east-1 >/dev/null 2>&1)

bare_total=0; ours_total=0
for i in $(seq 1 "$runs"); do
  b=$(cd "$app" && seconds node "$cdk" synth -c stage=dev -c region=us-east-1 --quiet --no-notices -o "$bare_out")
  o=$(cd "$app" && seconds dotnet "$tool" synth --stage dev --region us-east-1)
  printf 'run %d: cdk synth %.2f s, stageaware synth %.2f s\n' "$i" "$b" "$o"
  bare_total=$(echo "$bare_total + $b" | bc); ours_total=$(echo "$ours_total + $o" | bc)
done
printf 'mean: cdk synth %.2f s, stageaware synth %.2f s, ratio %.3f\n' \
  "$(echo "$bare_total / $runs" | bc -l)" "$(echo "$ours_total / $runs" | bc -l)" "$(echo "$ours_total / $bare_total" | bc -l)"
