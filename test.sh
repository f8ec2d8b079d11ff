#!/usr/bin/env bash
# Runs every test of the repository: unit, generator, analyzer and integration tests (real CDK synths), then the
# benchmarks' checks and one dry run of their smallest size as a smoke test (no timing is asserted).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

npm ci --no-audit --no-fund --loglevel=error
dotnet build Analyzers.sln -c Release -nologo
# One test project at a time: several of them build and synthesize the same sample apps.
dotnet test Analyzers.sln -c Release --no-build -nologo -m:1 "$@"

bench=tests/StageAware.Benchmarks/bin/Release/net10.0/StageAware.Benchmarks.dll
dotnet "$bench" check --stacks 100
(cd "$(mktemp -d)" && dotnet "$OLDPWD/$bench" --stacks 100 --job dry --filter '*' >/dev/null)
