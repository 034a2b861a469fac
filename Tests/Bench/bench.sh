#!/usr/bin/env bash
# make bench: times `metaeval run` over synthetic archives of 1,000 and 10,000 projects
# (about 50 MB and 500 MB of document text), beside the floor of `grep -c -F -f LEXICON` over
# the same documents, then an incremental run after adding one project, and the recall of the
# planted statements. A benchmark, not a test: it reports and never fails on speed.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.build/release/metaeval
DIR=${BENCH_DIR:-.build-bench}
SIZES=${BENCH_SIZES:-"1000 10000"}
mkdir -p "$DIR"

# Both the grep floor and the full run are timed with a cold page cache where this user may
# drop it (root), so neither reads the documents from memory the other left there;
# BENCH_COLD=0 times both warm instead (the documents read once beforehand).
if [ "${BENCH_COLD:-1}" = 0 ]; then
    drop_caches() { cat "$archive"/corpus/documents/* > /dev/null; }
    cold="warm (BENCH_COLD=0)"
else
    drop_caches() { sync; { echo 3 > /proc/sys/vm/drop_caches; } 2> /dev/null || true; }
    cold="cold"; { echo 3 > /proc/sys/vm/drop_caches; } 2> /dev/null || cold="warm (cannot drop the page cache)"
fi

measure() { # prints "seconds peak_kb" for a command
    /usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$@" > "$DIR/out.txt" 2> "$DIR/err.txt" || { cat "$DIR/err.txt" >&2; return 1; }
    cat "$DIR/time.txt"
}

echo "page cache: $cold for the grep floor and the full run"
printf '%-8s %8s %9s %8s %11s %9s %9s %7s %12s\n' projects MB run_s MB/s projects/s peak_MB grep_s ratio warm_grep_s
for n in $SIZES; do
    archive="$DIR/archive-$n"
    if [ ! -f "$archive/planted.csv" ]; then
        rm -rf "$archive"
        "$BIN" synth --out "$archive" --projects "$n" --megabytes $((n / 20)) --seed 2026 > /dev/null
    fi
    bytes=$(du -sb "$archive/corpus/documents" | cut -f1)
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
    drop_caches
    read -r grep_s _ < <(measure grep -r -c -F -f "$archive/lexicon.txt" "$archive/corpus/documents")
    read -r warm_grep_s _ < <(measure grep -r -c -F -f "$archive/lexicon.txt" "$archive/corpus/documents")
    rm -rf "$archive/reports" "$archive/cache"
    drop_caches
    read -r run_s run_kb < <(measure "$BIN" run --corpus "$archive/corpus" --out "$archive/reports" --cache "$archive/cache")
    awk -v n="$n" -v mb="$mb" -v s="$run_s" -v kb="$run_kb" -v g="$grep_s" -v w="$warm_grep_s" 'BEGIN {
        printf "%-8d %8.1f %9.2f %8.1f %11.0f %9.0f %9.2f %7.2f %12.2f\n", n, mb, s, mb / s, n / s, kb / 1024, g, s / g, w }'

    extra="$DIR/extra-$n"
    rm -rf "$extra"
    "$BIN" synth --out "$extra" --projects 1 --first $((n + 1)) --megabytes 0.05 --seed 2026 > /dev/null
    cp "$extra"/corpus/*.json "$archive/corpus/"
    cp "$extra"/corpus/documents/* "$archive/corpus/documents/"
    read -r inc_s inc_kb < <(METAEVAL_TIMINGS=1 measure "$BIN" run --corpus "$archive/corpus" --out "$archive/reports" --cache "$archive/cache")
    sed -n 's/^documents: /         incremental run documents: /p' "$DIR/err.txt"
    echo "         incremental run phases: $(grep '^time: ' "$DIR/err.txt" | grep -v '^time: report ' | sed 's/^time: //' | paste -sd, - | sed 's/,/, /g')"
    awk -v s="$inc_s" -v full="$run_s" -v kb="$inc_kb" 'BEGIN {
        printf "         incremental run after adding one project: %.2f s (%.1f %% of the full run), peak %.0f MB\n", s, 100 * s / full, kb / 1024 }'
    rm -f "$archive"/corpus/s$(printf '%06d' $((n + 1))).json "$archive"/corpus/documents/s$(printf '%06d' $((n + 1))).txt

    evidence="$archive/reports/2005-2013/evidence.csv"
    if [ -f "$evidence" ]; then
        awk -F, -v extra="s$(printf '%06d' $((n + 1)))" 'FNR == 1 { next } { sub(/\r$/, "") }
            FILENAME ~ /planted/ { planted[$1 "|" $3 "|" $4] = 1; next }
            $9 == "machine" && $3 != extra { found[$3 "|" $5 "|" ($7 == "" ? $6 : $7)] = 1 }
            END { hit = 0; for (k in planted) if (k in found) hit++; total = 0; for (k in found) total++;
                  n = 0; for (k in planted) n++;
                  printf "         planted statement links recovered: %d of %d (recall %.3f); links found %d (precision %.3f)\n",
                         hit, n, n ? hit / n : 0, total, total ? hit / total : 0 }' "$archive/planted.csv" "$evidence"
    fi
done
