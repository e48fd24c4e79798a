#!/usr/bin/env bash
# The distro's main job on one machine: start the sample service through instrument.sh with a probe read from a local
# file, call the probed endpoint, and print the snapshot the probe took. No AWS account, Docker or collector needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

port="${DEMO_PORT:-5080}"
service_dir="artifacts/samples/Sample.Service"
output="$(mktemp)"

echo "==> Building the sample service"
dotnet build samples/Sample.Service/Sample.Service.csproj -c Release -o "$service_dir" -nologo -v quiet >/dev/null

echo "==> Starting it through instrument.sh, with the probe in samples/demo/probes.json"
OTEL_SERVICE_NAME=sample-pricing \
OTEL_AWS_DYNAMIC_INSTRUMENTATION_ENABLED=true \
OTEL_AWS_DYNAMIC_INSTRUMENTATION_PROBE_FILE="$root/samples/demo/probes.json" \
OTEL_AWS_DYNAMIC_INSTRUMENTATION_SNAPSHOT_EXPORTER=console \
OTEL_TRACES_EXPORTER=none OTEL_METRICS_EXPORTER=none \
  ./instrument.sh dotnet "$service_dir/Sample.Service.dll" --urls "http://127.0.0.1:$port" >"$output" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -f "$output"' EXIT

deadline=$((SECONDS + 120))
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
  if ! kill -0 "$service" 2>/dev/null || ((SECONDS > deadline)); then
    echo "The service did not start; its output:" >&2
    cat "$output" >&2
    exit 1
  fi
  sleep 0.2
done

# The probe is armed in the background once the file is read: call until a snapshot shows up.
url="http://127.0.0.1:$port/quote?customer=c-42&quantity=3&coupon=WINTER"
deadline=$((SECONDS + 60))
until grep -q "PricingService.Quote" "$output"; do
  if ((SECONDS > deadline)); then
    echo "No snapshot arrived; the service's output:" >&2
    cat "$output" >&2
    exit 1
  fi
  echo "==> GET $url"
  curl -sf "$url" && echo
  sleep 0.5
done

echo
echo "==> The snapshot the probe took:"
echo
awk '/PricingService.Quote/ { printing = 1 } printing && /^$/ { exit } printing' "$output"
