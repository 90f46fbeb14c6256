#!/usr/bin/env bash
# Builds every libFuzzer target of Fuzz/ and runs each for a bounded time.
#
#   Fuzz/run.sh [SECONDS_PER_TARGET]          (default 60; FUZZ_TARGETS="yaml quotes" to pick some)
#   FUZZ_RUNS=1000000 Fuzz/run.sh 3600        (stop each target after that many executions, or
#                                              at the time limit if that comes first)
#
# Targets are built with -sanitize=fuzzer,address into .build-fuzz/ (ignored by git). Each run
# starts from the seeds and dictionary in Fuzz/Corpus/ and Fuzz/Dictionaries/ (`yaml`,
# `json-lines`, and `text` for the text layer and every analyzer) and keeps what it learns in
# .build-fuzz/runs/corpus/TARGET, so later runs go deeper. Exits non-zero on any crash, failed
# invariant, leak, timeout (a single input running longer than 10 s) or out-of-memory; the
# offending input is saved under .build-fuzz/runs/crashes/TARGET/ and its path printed.
# (Not .build-fuzz/artifacts: SwiftPM owns that folder of its scratch path and empties it.)
set -euo pipefail

seconds=${1:-60}
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "usage: [FUZZ_RUNS=N] [FUZZ_TARGETS=...] Fuzz/run.sh [SECONDS_PER_TARGET]" >&2; exit 2; }
[[ "${FUZZ_RUNS:-0}" =~ ^[0-9]+$ ]] || { echo "fuzz: FUZZ_RUNS must be a number of executions" >&2; exit 2; }
fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz_dir")
scratch="$root/.build-fuzz"
runs="$scratch/runs"
all_targets=(yaml json-lines text-layer sentences strip-boilerplate entities quotes sentiment news-pipeline resume)
read -r -a targets <<< "${FUZZ_TARGETS:-${all_targets[*]}}"

# `--sanitize fuzzer` tells SwiftPM the executables get libFuzzer's main. The sanitizers
# themselves go in ONE flag: swiftc keeps only the last -sanitize= it is given, and SwiftPM
# orders `--sanitize fuzzer --sanitize address` at random, so that pair builds either without
# coverage (libFuzzer then fuzzes blind) or without AddressSanitizer.
# -enable-testing: the json-lines target calls the reader's per-line step directly (@testable import).
build=(swift build --package-path "$fuzz_dir" --scratch-path "$scratch" -c release --sanitize fuzzer
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing)
echo "fuzz: building the targets (${build[*]})"
mkdir -p "$scratch"
if ! "${build[@]}" >"$scratch/build.log" 2>&1; then
    grep -v '^\[' "$scratch/build.log" >&2
    echo "fuzz: the build failed" >&2
    exit 1
fi
bin=$("${build[@]}" --show-bin-path)
# Refuse binaries that lack coverage instrumentation or AddressSanitizer (see above).
for target in "${targets[@]}"; do
    sections=$(readelf -S "$bin/fuzz-$target")
    symbols=$(nm "$bin/fuzz-$target")
    if [[ $sections != *__sancov_cntrs* || $symbols != *__asan_report_load* ]]; then
        echo "fuzz: $bin/fuzz-$target lacks coverage instrumentation or AddressSanitizer" >&2
        exit 1
    fi
done

# Swift's backtracer can hang after a crash inside libFuzzer; ASan reports the stack instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export TMPDIR="$runs/tmp"
mkdir -p "$TMPDIR"

failed=()
summary=()
for target in "${targets[@]}"; do
    corpus="$runs/corpus/$target"
    artifacts="$runs/crashes/$target"
    log="$runs/logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$artifacts/")
    [[ -z ${FUZZ_RUNS:-} ]] || options+=(-runs="$FUZZ_RUNS")
    # The text layer and the analyzers share the text seeds and dictionary; the resume scan
    # starts from JSON Lines records.
    case $target in
        yaml|json-lines) inputs=$target ;;
        resume) inputs=json-lines ;;
        *) inputs=text ;;
    esac
    options+=(-dict="$fuzz_dir/Dictionaries/$inputs.dict")
    echo "fuzz: $target for ${seconds}s"
    status=0
    "$bin/fuzz-$target" "${options[@]}" "$corpus" "$fuzz_dir/Corpus/$inputs" >"$log" 2>&1 || status=$?
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    if ((status != 0)); then
        failed+=("$target")
        summary+=("$(printf '%-18s %12s runs %8s/s  FAILED (exit %d), log %s' "$target" "${executed:-?}" "${speed:-?}" "$status" "$log")")
        grep -E 'ERROR: |SUMMARY: |invariant violated|Fatal error|Test unit written' "$log" | head -20 >&2 || tail -40 "$log" >&2
    else
        summary+=("$(printf '%-18s %12s runs %8s/s  ok' "$target" "${executed:-?}" "${speed:-?}")")
    fi
done

echo
echo "fuzz summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "fuzz: FAILED: ${failed[*]} (inputs under $runs/crashes/)" >&2
    exit 1
fi
echo "fuzz: no crash, leak or timeout"
