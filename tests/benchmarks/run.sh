#!/usr/bin/env bash
# Measures every performance budget of the distro and writes docs/performance.md:
#
#   tests/benchmarks/run.sh
#
# Builds the distro (./build.sh), the benchmarks and MinimalApi.App in Release, installs wrk if it is missing, then
# runs the BenchmarkDotNet benchmarks of the probe path, arming latency, start-up, and throughput under wrk. It takes
# about half an hour on 2 cores; keep the machine otherwise idle, or the figures will say so (the report shows the load
# average). Builds and raw results go to BENCHMARK_ARTIFACTS (default artifacts/benchmarks).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

artifacts="${BENCHMARK_ARTIFACTS:-$root/artifacts/benchmarks}"
build="$artifacts/build"
results="$artifacts/results"

if ! command -v wrk >/dev/null 2>&1; then
  echo "==> Installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v taskset >/dev/null 2>&1 || { echo "run.sh: taskset (util-linux) is needed to pin the service and wrk to CPUs" >&2; exit 1; }

./build.sh distro

echo "==> Building the benchmarks and MinimalApi.App (Release)"
dotnet build tests/benchmarks/Distro.Benchmarks/Distro.Benchmarks.csproj -c Release --artifacts-path "$build" -nologo -v quiet
dotnet build tests/contract/apps/MinimalApi.App/MinimalApi.App.csproj -c Release --artifacts-path "$build" -nologo -v quiet
benchmarks=(dotnet "$build/bin/Distro.Benchmarks/release/Distro.Benchmarks.dll")
app="$build/bin/MinimalApi.App/release/MinimalApi.App.dll"

rm -rf "$results"
echo "==> 1, 2, 3, 7: BenchmarkDotNet benchmarks of the probe path"
"${benchmarks[@]}" micro --results "$results" --filter '*'
echo "==> 4: arming latency"
"${benchmarks[@]}" arming --results "$results"
echo "==> 5: start-up"
"${benchmarks[@]}" startup --results "$results" --app "$app" --runs 10
echo "==> 6: throughput and memory under wrk"
"${benchmarks[@]}" throughput --results "$results" --app "$app" --duration 20 --rounds 5 --threads 2 --connections 50

echo "==> Writing docs/performance.md"
"${benchmarks[@]}" report --results "$results" --output docs/performance.md --findings tests/benchmarks/findings.md \
  --command "tests/benchmarks/run.sh"
