#!/usr/bin/env bash
# Flagship job wall time and peak memory from a cold JVM, with two peers measured in the same run:
#  - spark-floor: a JVM that only opens the same tuned local Spark session, reads one tiny CSV and stops
#    (the fixed cost any Spark-based run pays on this machine);
#  - no-cds: the flagship job without the launcher's class-data-sharing archive.
# Usage: bash src/bench/flagship.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
./tradeshock validate jobs/potash-us-relief.yaml >/dev/null       # builds the jar if needed
./tradeshock run jobs/potash-us-relief.yaml --reports /tmp/bench-reports >/dev/null 2>&1  # writes the CDS archive
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)
export SPARK_LOCAL_IP=127.0.0.1
measure() { # name, command...
  local name=$1; shift
  for i in $(seq "$runs"); do
    /usr/bin/time -f "$name %e %M" "$@" >/dev/null 2>>/tmp/bench-times.txt || true
  done
}
: > /tmp/bench-times.txt
printf 'year,flow,v\n2019,export,1\n' > /tmp/bench-tiny.csv
for i in $(seq "$runs"); do
  /usr/bin/time -f "flagship %e %M" ./tradeshock run jobs/potash-us-relief.yaml --reports /tmp/bench-reports >/dev/null 2>>/tmp/bench-times.txt
  /usr/bin/time -f "no-cds %e %M" java $flags -Djava.awt.headless=true -Xmx8g -cp target/tradeshock.jar \
    org.tradeshock.cli.Main run jobs/potash-us-relief.yaml --reports /tmp/bench-reports >/dev/null 2>>/tmp/bench-times.txt
  /usr/bin/time -f "spark-floor %e %M" java $flags -XX:SharedArchiveFile=target/tradeshock.jsa -Xlog:cds=off \
    -Xlog:cds+dynamic=off -cp target/tradeshock.jar:target/test-classes org.tradeshock.bench.SparkFloor /tmp/bench-tiny.csv \
    >/dev/null 2>>/tmp/bench-times.txt
done
for k in flagship no-cds spark-floor; do
  grep "^$k " /tmp/bench-times.txt | sort -k2 -n | awk -v k="$k" '
    { t[NR] = $2; if ($3 > m) m = $3 }
    END { printf "%-12s median %.2f s  (min %.2f, max %.2f, n=%d)  peak RSS %.0f MB\n", k, t[int((NR+1)/2)], t[1], t[NR], NR, m/1024 }'
done
rm -rf /tmp/bench-reports
