#!/usr/bin/env bash
# Runs a .NET 8+ service with the OpenTelemetry distro and its live debugger:
#
#   ./instrument.sh dotnet MyService.dll [args...]     run a command with the distro
#   source ./instrument.sh                              export the distro's variables into this shell
#
# The distro is looked for in OTEL_DOTNET_DISTRO_HOME, else in artifacts/distro next to this script, where it is built
# on first use (that needs the .NET SDK). Variables you have already set are kept; the path lists DOTNET_STARTUP_HOOKS,
# DOTNET_ADDITIONAL_DEPS and DOTNET_SHARED_STORE are appended to.

_otel_distro_fail() {
  echo "instrument.sh: $*" >&2
  return 1
}

# Prints what the distro at $1 lacks, one file a line; nothing when it is complete.
_otel_distro_missing() {
  local file
  for file in linux-x64/Distro.Profiler.so net/Distro.StartupHook.dll net/Distro.Hooks.dll net/Distro.Host.dll; do
    [[ -f "$1/$file" ]] || echo "$1/$file"
  done
}

# Appends $2 to the path list in the variable named $1, unless it is there already.
_otel_distro_append() {
  case ":${!1:-}:" in
    *":$2:"*) ;;
    "::") export "$1=$2" ;;
    *) export "$1=${!1}:$2" ;;
  esac
}

_otel_distro_setup() {
  local root home missing profiler hook
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) _otel_distro_fail "unsupported platform $(uname -s) $(uname -m): the distro's profiler is built for Linux x64 only" || return 1 ;;
  esac
  command -v dotnet >/dev/null 2>&1 || _otel_distro_fail "'dotnet' is not on PATH; install the .NET 8 (or newer) runtime, or the SDK to build the distro" || return 1

  if [[ -n "${OTEL_DOTNET_DISTRO_HOME:-}" ]]; then
    # A home the user chose is used as it is: building elsewhere would not fill it.
    [[ -d "$OTEL_DOTNET_DISTRO_HOME" ]] || _otel_distro_fail "OTEL_DOTNET_DISTRO_HOME=$OTEL_DOTNET_DISTRO_HOME is not a directory" || return 1
    home="$(cd "$OTEL_DOTNET_DISTRO_HOME" && pwd)"
    missing="$(_otel_distro_missing "$home")"
    [[ -z "$missing" ]] || _otel_distro_fail "OTEL_DOTNET_DISTRO_HOME=$home does not hold a built distro; missing:"$'\n'"$missing" || return 1
  else
    home="$root/artifacts/distro"
    if [[ -n "$(_otel_distro_missing "$home")" ]]; then
      [[ -x "$root/build.sh" ]] || _otel_distro_fail "the distro is not built at $home and there is no build.sh beside instrument.sh to build it" || return 1
      echo "instrument.sh: building the distro into $home (first use)..." >&2
      "$root/build.sh" distro >&2 || _otel_distro_fail "building the distro failed (see above); fix it and run $root/build.sh distro" || return 1
      missing="$(_otel_distro_missing "$home")"
      [[ -z "$missing" ]] || _otel_distro_fail "the build finished but the distro is still incomplete; missing:"$'\n'"$missing" || return 1
    fi
  fi

  profiler="$home/linux-x64/Distro.Profiler.so"
  hook="$home/net/Distro.StartupHook.dll"
  export OTEL_DOTNET_DISTRO_HOME="$home"
  export CORECLR_ENABLE_PROFILING="${CORECLR_ENABLE_PROFILING:-1}"
  export CORECLR_PROFILER="${CORECLR_PROFILER:-{d4511892-b83d-4dbb-a725-f93b4642d20c\}}"
  export CORECLR_PROFILER_PATH="${CORECLR_PROFILER_PATH:-$profiler}"
  if [[ "$CORECLR_PROFILER_PATH" != "$profiler" ]]; then
    echo "instrument.sh: CORECLR_PROFILER_PATH is already set to $CORECLR_PROFILER_PATH and is kept; method probes need the distro's profiler" >&2
  fi
  _otel_distro_append DOTNET_STARTUP_HOOKS "$hook"
  # A framework-dependent service on .NET 8 or 9 takes the distro's newer System.Diagnostics.DiagnosticSource, which
  # its OpenTelemetry SDK shares with the service; the .NET host applies these to those runtimes only.
  if [[ -d "$home/additional-deps" && -d "$home/store" ]]; then
    _otel_distro_append DOTNET_ADDITIONAL_DEPS "$home/additional-deps"
    _otel_distro_append DOTNET_SHARED_STORE "$home/store"
  fi
}

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  # Sourced: export into the caller's shell, leave its options alone (a failure under the caller's set -e returns a
  # status instead of closing the shell), and leave no helper behind.
  if _otel_distro_setup; then _otel_distro_status=0; else _otel_distro_status=1; fi
  unset -f _otel_distro_setup _otel_distro_fail _otel_distro_missing _otel_distro_append
  eval "unset _otel_distro_status; return $_otel_distro_status"
fi

set -euo pipefail
if [[ $# -eq 0 ]]; then
  echo "usage: $0 <command> [args...]   (or: source $0)" >&2
  exit 2
fi
_otel_distro_setup
exec "$@"
