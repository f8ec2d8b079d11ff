#!/usr/bin/env bash
# Times `stageaware deploy` against a bare `cdk deploy` of the same app, stage and region, against the same local
# AWS stand-in (tests/StageAware.FakeAws on 127.0.0.1), alternating the two. Each run deploys into a fresh stand-in,
# so both create every stack. Prints each run and the ratio of the means.
# Usage: tests/Benchmarks/deploy-ratio.sh [runs] [app folder]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
app="$(cd "${2:-$root/samples/notes}" && pwd)"

(cd "$root" && [ -x node_modules/.bin/cdk ] || npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/src/Runtime/StageAware.Cli/StageAware.Cli.csproj" -c Release -nologo -v q >/dev/null
dotnet build "$root/tests/StageAware.FakeAws/StageAware.FakeAws.csproj" -c Release -nologo -v q >/dev/null
tool="$root/src/Runtime/StageAware.Cli/bin/Release/net8.0/StageAware.Cli.dll"
fake="$root/tests/StageAware.FakeAws/bin/Release/net10.0/StageAware.FakeAws.dll"
cdk="$root/node_modules/aws-cdk/bin/cdk"
port=45671

# Fake static credentials and the stand-in only: nothing may leave the machine.
export AWS_EC2_METADATA_DISABLED=true CDK_DISABLE_CLI_TELEMETRY=true CDK_DISABLE_VERSION_CHECK=true
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_ENDPOINT_URL="http://127.0.0.1:$port"
export AWS_SECRET_ACCESS_KEY=fakeSecretForTheDeployBenchmark0000
unset AWS_SESSION_TOKEN AWS_PROFILE HTTPS_PROXY HTTP_PROXY

server=""
stop() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  server=""
}
trap stop EXIT
start() {
  stop
  dotnet "$fake" --port "$port" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 1 100); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0; sleep 0.1; done
  echo "the AWS stand-in did not start" >&2; exit 1
}
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; e=$(date +%s.%N); echo "$e - $s" | bc; }
key() { export AWS_ACCESS_KEY_ID="AKIAFAKE$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr a-f A-F)"; }

bare() { (cd "$app" && node "$cdk" deploy --all -c stage=bench -c region=eu-west-1 --require-approval never --no-notices); }
ours() { (cd "$app" && dotnet "$tool" deploy --stage bench --region eu-west-1 --yes); }

# One warm-up of each.
start; key; AWS_REGION=eu-west-1 bare >/dev/null 2>&1
start; key; ours >/dev/null 2>&1

bare_total=0; ours_total=0
for i in $(seq 1 "$runs"); do
  start; key; b=$(AWS_REGION=eu-west-1 seconds bare)
  start; key; o=$(seconds ours)
  printf 'run %d: cdk deploy %.2f s, stageaware deploy %.2f s\n' "$i" "$b" "$o"
  bare_total=$(echo "$bare_total + $b" | bc); ours_total=$(echo "$ours_total + $o" | bc)
done
printf 'mean: cdk deploy %.2f s, stageaware deploy %.2f s, ratio %.3f\n' \
  "$(echo "$bare_total / $runs" | bc -l)" "$(echo "$ours_total / $runs" | bc -l)" "$(echo "$ours_total / $bare_total" | bc -l)"
