#!/usr/bin/env bash
# Issue 3 benchmark: the project against DuckDB (duckdb_jdbc, test scope) on the same synthetic BACI
# years of 1, 10 and 50 million rows. Each mode runs in its own JVM under /usr/bin/time -v so that
# every figure comes with its own peak RSS. Generated data stays under $WORK (default /tmp/tsbench).
# Usage: src/test/bench/trade-ingest.sh [sizes...]   (run from the project root; default: 1000000 10000000 50000000)
set -euo pipefail
WORK=${WORK:-/tmp/tsbench}
SIZES=${*:-1000000 10000000 50000000}
export SPARK_LOCAL_IP=127.0.0.1
mvn -q -B -o test-compile
CP="target/classes:target/test-classes:$(mvn -q -B -o -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout | sed 's/\x1b\[[0-9;]*m//g')"
FLAGS=$(grep -o '<spark.jvm.flags>.*</spark.jvm.flags>' pom.xml | sed 's/<[^>]*>//g')
run() { # mode args...
  local t; t=$(mktemp)
  local line; line=$(/usr/bin/time -v java $FLAGS -Xmx8g -cp "$CP" org.tradeshock.bench.TradeIngestBenchmark "$@" 2>"$t" | grep '^RESULT')
  local rss; rss=$(grep 'Maximum resident' "$t" | awk '{print $NF}')
  local wall; wall=$(grep 'Elapsed (wall' "$t" | awk '{print $NF}')
  echo "$line rssMB=$((rss / 1024)) processWall=$wall"
  rm -f "$t"
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
for n in $SIZES; do
  dir=$WORK/raw$n; cache=$WORK/cache$n
  echo "## rows=$n"
  [ -f "$dir/BACI_HS17_Y2021_V000000.csv" ] || run generate "$dir" "$n"
  sync
  run duckdb "$dir"
  run cold "$dir"
  rm -rf "$cache"
  run ingest "$dir" "$cache"
  run warm "$dir" "$cache"
  run warmproc "$dir" "$cache"
  echo "cacheSize=$(du -sm "$cache" | cut -f1)MB csvSize=$(du -sm "$dir/BACI_HS17_Y2021_V000000.csv" | cut -f1)MB"
done
