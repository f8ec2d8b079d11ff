#!/usr/bin/env bash
# Runs every test of the repository: unit, generator, analyzer and integration tests (real CDK synths).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

npm ci --no-audit --no-fund --loglevel=error
dotnet test Analyzers.sln -c Release -nologo "$@"
