#!/usr/bin/env bash
# Stops the cluster that start-cluster.sh started in folder $1: cancels its jobs, then stops
# slurmd, slurmctld and munged by their pid files (only those), and waits for them to exit.
set -uo pipefail
base="${1:?usage: stop-cluster.sh FOLDER}"
export SLURM_CONF="$base/slurm.conf"
scancel --full --quiet -u "$(id -un)" 2>/dev/null || true
for pidf in "$base/run/slurmd.pid" "$base/run/slurmctld.pid" "$base/munge/munged.pid"; do
  [ -f "$pidf" ] || continue
  pid=$(cat "$pidf")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
done
exit 0
