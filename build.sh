#!/usr/bin/env bash
# Builds the distro and runs the tests.
#   ./build.sh          build the distro into artifacts/distro (what instrument.sh uses)
#   ./build.sh test     build everything and run every test
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

distro_home="artifacts/distro"

# The managed distro, into one folder: the startup hook, the hooks the rewritten IL calls, the host that sets up
# OpenTelemetry, and the plugins the host starts (with their dependencies).
managed_projects=(
  distro/src/Distro.Hooks
  distro/src/Distro.StartupHook
  distro/src/Distro.Host
  plugins/debugger/src/Distro.Debugger
)

build_distro() {
  # From empty: publish skips a file whose size and time match, and the same package file for another target
  # framework often matches both, so a stale copy from an earlier build would stay.
  rm -rf "$distro_home"
  echo "==> Building the profiler (NativeAOT, linux-x64)"
  dotnet publish distro/src/Distro.Profiler/Distro.Profiler.csproj -c Release -r linux-x64 -o "$distro_home/linux-x64" -nologo -v quiet
  echo "==> Building the managed distro"
  for project in "${managed_projects[@]}"; do
    dotnet publish "$project" -c Release -o "$distro_home/net" -p:DistroHome="$PWD/$distro_home" -nologo -v quiet
  done
  echo "==> Compiling the managed distro ahead of time (ReadyToRun)"
  dotnet msbuild -restore distro/build/Distro.ReadyToRun.csproj -t:CompileDistroAssemblies -p:Configuration=Release \
    -p:DistroManagedDirectory="$PWD/$distro_home/net" -nologo -v:quiet
}

run_tests() {
  echo "==> Building and testing the solution"
  dotnet test Distro.sln -c Release -nologo
}

case "${1:-distro}" in
  distro) build_distro ;;
  test) build_distro; run_tests ;;
  *) echo "usage: $0 [distro|test]" >&2; exit 2 ;;
esac
