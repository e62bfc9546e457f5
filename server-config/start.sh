#!/bin/sh
# Starts one FirstShift node in production (used by docker/Dockerfile).
# CLUSTER_MEMBERS="host1:6900,host2:6900" joins the nodes into one Hazelcast cluster (replicated
# sessions) found by TCP/IP, never multicast; empty runs a single node. CLUSTER_NAME (default
# firstshift) must differ between installations that share a network: equal names join.
set -e
CONFIG=/opt/payara/config
CLUSTER="--nocluster"
if [ -n "$CLUSTER_MEMBERS" ]; then
  CLUSTER="--clustermode tcpip:$CLUSTER_MEMBERS --clustername ${CLUSTER_NAME:-firstshift}"
fi
exec java $JVM_ARGS -jar /opt/payara/payara-micro.jar \
  $CLUSTER \
  --port 8080 \
  --prebootcommandfile "$CONFIG/production-pre-boot.asadmin" \
  --logproperties "$CONFIG/logging.properties" \
  --deploy /opt/payara/deployments/firstshift.war \
  --contextroot /
