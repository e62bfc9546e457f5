#!/bin/sh
# Starts one FirstShift node in production (used by docker/Dockerfile).
# CLUSTER_MEMBERS="host1:6900,host2:6900" joins the nodes into one Hazelcast cluster (sessions,
# cluster-wide singletons); empty runs a single node.
# LOG_FORMAT=json writes one JSON object per log record (logging-json.properties); default: text lines.
set -e
CONFIG=/opt/payara/config
LOGGING="$CONFIG/logging.properties"
if [ "$LOG_FORMAT" = "json" ]; then
  LOGGING="$CONFIG/logging-json.properties"
fi
CLUSTER="--nocluster"
if [ -n "$CLUSTER_MEMBERS" ]; then
  CLUSTER="--clustermode tcpip:$CLUSTER_MEMBERS --clustername firstshift"
fi
exec java $JVM_ARGS -jar /opt/payara/payara-micro.jar \
  $CLUSTER \
  --port 8080 \
  --prebootcommandfile "$CONFIG/production-pre-boot.asadmin" \
  --logproperties "$LOGGING" \
  --deploy /opt/payara/deployments/firstshift.war \
  --contextroot /
