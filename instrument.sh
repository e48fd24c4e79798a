#!/usr/bin/env bash
# Runs a .NET 8+ service with the OpenTelemetry distro and its live debugger:
#
#   ./instrument.sh dotnet MyService.dll [args...]     run a command with the distro
#   source ./instrument.sh                              export the distro's variables into this shell
#
# The distro is built on first use (it needs the .NET SDK for that). Variables you have already set are kept.

_otel_distro_fail() {
  echo "instrument.sh: $*" >&2
  return 1
}

_otel_distro_setup() {
  local root home profiler hook
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  home="${OTEL_DOTNET_DISTRO_HOME:-$root/artifacts/distro}"

  command -v dotnet >/dev/null 2>&1 || _otel_distro_fail "'dotnet' is not on PATH; install the .NET 8 (or newer) runtime or SDK" || return 1
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) _otel_distro_fail "unsupported platform $(uname -s) $(uname -m): the profiler is built for Linux x64 only" || return 1 ;;
  esac

  profiler="$home/linux-x64/Distro.Profiler.so"
  hook="$home/net/Distro.StartupHook.dll"
  if [[ ! -f "$profiler" || ! -f "$hook" ]]; then
    [[ -x "$root/build.sh" ]] || _otel_distro_fail "the distro is not built at $home and there is no build.sh to build it" || return 1
    echo "instrument.sh: building the distro into $home (first use)..." >&2
    "$root/build.sh" distro >&2 || _otel_distro_fail "building the distro failed" || return 1
  fi

  export OTEL_DOTNET_DISTRO_HOME="$home"
  export CORECLR_ENABLE_PROFILING="${CORECLR_ENABLE_PROFILING:-1}"
  export CORECLR_PROFILER="${CORECLR_PROFILER:-{d4511892-b83d-4dbb-a725-f93b4642d20c\}}"
  export CORECLR_PROFILER_PATH="${CORECLR_PROFILER_PATH:-$profiler}"
  if [[ "$CORECLR_PROFILER_PATH" != "$profiler" ]]; then
    echo "instrument.sh: CORECLR_PROFILER_PATH is already set to $CORECLR_PROFILER_PATH; method probes need the distro's profiler" >&2
  fi
  case ":${DOTNET_STARTUP_HOOKS:-}:" in
    *":$hook:"*) ;;
    "::") export DOTNET_STARTUP_HOOKS="$hook" ;;
    *) export DOTNET_STARTUP_HOOKS="$DOTNET_STARTUP_HOOKS:$hook" ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  # Sourced: export into the caller's shell and leave its options alone.
  _otel_distro_setup
  unset -f _otel_distro_setup _otel_distro_fail
  return 0 2>/dev/null || true
fi

set -euo pipefail
if [[ $# -eq 0 ]]; then
  echo "usage: $0 <command> [args...]   (or: source $0)" >&2
  exit 2
fi
_otel_distro_setup
exec "$@"
