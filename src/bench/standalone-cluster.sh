#!/usr/bin/env bash
# Starts a Spark standalone master and one worker from the project's Maven jars on 127.0.0.1, runs
# the flagship job against it (--master spark://127.0.0.1:7077), and stops both.
# Usage: bash src/bench/standalone-cluster.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./tradeshock validate jobs/potash-us-relief.yaml >/dev/null   # builds target/tradeshock.jar and target/lib
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' pom.xml)
home=$(mktemp -d)
ln -s "$PWD/target/lib" "$home/jars"          # the worker builds executor classpaths from $SPARK_HOME/jars
export SPARK_HOME=$home SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
cp="target/lib/*"
java $flags -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 \
  > "$home/master.log" 2>&1 & master=$!
sleep 4
java $flags -cp "$cp" org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7077 --host 127.0.0.1 \
  --cores 2 --memory 4g --webui-port 18081 --work-dir "$home/work" > "$home/worker.log" 2>&1 & worker=$!
trap 'kill $worker $master 2>/dev/null; wait 2>/dev/null; rm -rf "$home"' EXIT
sleep 5
./tradeshock run jobs/potash-us-relief.yaml --master spark://127.0.0.1:7077 --reports "${REPORTS:-reports}"
grep -h "Registered app\|Launching executor\|Asked to launch executor" "$home/master.log" "$home/worker.log" | head -3
