#!/usr/bin/env bash
# End-to-end figures of the gloss binary on generated corpora: MB/s, documents/s, peak memory,
# time growth from SMALL to LARGE megabytes, and --jobs scaling.
# usage (from the repository root): Benchmarks/scale.sh [SMALL_MB] [LARGE_MB] [PIPELINE]
#   defaults: 100 1000 news. Needs /usr/bin/time (GNU time). Corpora go to $TMPDIR.
set -euo pipefail
small=${1:-100}
large=${2:-1000}
pipeline=${3:-news}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=${TMPDIR:-/tmp}/gloss-scale
mkdir -p "$tmp"
swift build -c release --package-path "$root" >/dev/null
swift build -c release --package-path "$root/Benchmarks" --product generate-corpus >/dev/null
gloss=$root/.build/release/gloss
generate=$root/Benchmarks/.build/release/generate-corpus

for mb in "$small" "$large"; do
    [[ -s $tmp/corpus-$mb.jsonl ]] || "$generate" "$mb" > "$tmp/corpus-$mb.jsonl"
done

# run MB JOBS -> prints "seconds peak_kb"
run() {
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$gloss" run "$tmp/corpus-$1.jsonl" --config "$root/pipelines.yaml" \
        --pipeline "$pipeline" --jobs "$2" --quiet --output "$tmp/out.jsonl" 2>/dev/null || true
    cat "$tmp/time"
}

echo "| input | jobs | seconds | MB/s | peak RSS |"
echo "|---:|---:|---:|---:|---:|"
declare -A seconds
for case in "$small 1" "$small 2" "$large 2"; do
    set -- $case
    read -r secs kb < <(run "$1" "$2")
    seconds[$1-$2]=$secs
    printf '| %s MB | %s | %s | %.1f | %d MB |\n' "$1" "$2" "$secs" "$(echo "$1 / $secs" | bc -l)" "$((kb / 1024))"
done
printf '\n--jobs 2 speed-up at %s MB: %.2fx; time ratio %s MB / %s MB: %.2f (linear = %.1f)\n' \
    "$small" "$(echo "${seconds[$small-1]} / ${seconds[$small-2]}" | bc -l)" "$large" "$small" \
    "$(echo "${seconds[$large-2]} / ${seconds[$small-2]}" | bc -l)" "$(echo "$large / $small" | bc -l)"
