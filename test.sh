#!/usr/bin/env bash
# Runs every test of the repository: unit, generator, analyzer and integration tests (real CDK synths).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

npm ci --no-audit --no-fund --loglevel=error
dotnet build Analyzers.sln -c Release -nologo
# One test project at a time: several of them build and synthesize the same sample apps.
dotnet test Analyzers.sln -c Release --no-build -nologo -m:1 "$@"
