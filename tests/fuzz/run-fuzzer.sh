#!/bin/sh
# Runs one libFuzzer target for a bounded time on a copy of its seed corpus.
# Usage: run-fuzzer.sh BINARY SEED_DIR WORK_DIR DICT|"" SECONDS
set -eu
binary=$1 seeds=$2 work=$3 dict=$4 seconds=$5
if [ ! -x "$binary" ]; then
    echo "run-fuzzer.sh: $binary is missing; build the fuzz preset first" >&2
    exit 1
fi
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
if [ -d "$seeds" ]; then
    cp -R "$seeds"/. "$work/corpus/"
fi
set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1
if [ -n "$dict" ]; then
    set -- "$@" -dict="$dict"
fi
exec "$binary" "$@" "$work/corpus"
