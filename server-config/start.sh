#!/bin/sh
# Starts one FirstShift node in production (used by docker/Dockerfile).
# CLUSTER_MEMBERS="host1:6900,host2:6900" joins the nodes into one Hazelcast cluster (replicated
# sessions) found by TCP/IP, never multicast; empty runs a single node. CLUSTER_NAME (default
# firstshift) must differ between installations that share a network: equal names join.
# LOG_FORMAT=json writes one JSON object per log record (logging-json.properties); default: text lines.
set -e
CONFIG=/opt/payara/config
LOGGING="$CONFIG/logging.properties"
if [ "$LOG_FORMAT" = "json" ]; then
  LOGGING="$CONFIG/logging-json.properties"
fi
CLUSTER="--nocluster"
if [ -n "$CLUSTER_MEMBERS" ]; then
  CLUSTER="--clustermode tcpip:$CLUSTER_MEMBERS --clustername ${CLUSTER_NAME:-firstshift}"
fi
exec java $JVM_ARGS -jar /opt/payara/payara-micro.jar \
  $CLUSTER \
  --port 8080 \
  --prebootcommandfile "$CONFIG/production-pre-boot.asadmin" \
  --logproperties "$LOGGING" \
  --deploy /opt/payara/deployments/firstshift.war \
  --contextroot /
