#!/usr/bin/env bash
# Starts a real one-node Slurm cluster on localhost for the cluster tests: munged, slurmctld and
# slurmd, with all state, logs and pid files under one folder. Prints that folder; export
# SLURM_CONF=<folder>/slurm.conf to use it, and stop it with stop-cluster.sh <folder>.
# Installs Debian's slurm and munge packages if they are missing (needs root).
set -euo pipefail
base="${1:-$(mktemp -d /tmp/alignsim-slurm.XXXXXX)}"
mkdir -p "$base"/{state,spool,log,run,munge}
chmod 0755 "$base" "$base/run"

if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1 || ! command -v sbatch >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends munge slurmctld slurmd slurm-client >/dev/null
fi

# munge: the package makes the key but not the socket folder; no systemd here, so start it ourselves.
[ -f /etc/munge/munge.key ] || (command -v mungekey >/dev/null && mungekey -c -f) || \
  (dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null && chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key)
mkdir -p /run/munge && chown munge:munge /run/munge && chmod 0755 /run/munge
chown munge:munge "$base/munge"
runuser -u munge -- /usr/sbin/munged --pid-file="$base/munge/munged.pid" --socket=/run/munge/munge.socket.2 --force
for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
munge -n | unmunge >/dev/null || { echo "munged did not start" >&2; exit 1; }

host=$(hostname -s)
node=$(slurmd -C | head -1)
cpus=$(echo "$node" | sed -n 's/.*CPUs=\([0-9]*\).*/\1/p')
mem=$(echo "$node" | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
cat > "$base/slurm.conf" <<CONF
ClusterName=alignsim-test
SlurmctldHost=${host}(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$base/state
SlurmdSpoolDir=$base/spool
SlurmctldPidFile=$base/run/slurmctld.pid
SlurmdPidFile=$base/run/slurmd.pid
SlurmctldLogFile=$base/log/slurmctld.log
SlurmdLogFile=$base/log/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$base/log/jobcomp.txt
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=512
SchedulerParameters=batch_sched_delay=0
MinJobAge=600
MailProg=/bin/true
ReturnToService=2
NodeName=${host} NodeAddr=127.0.0.1 CPUs=${cpus} RealMemory=$(( mem * 9 / 10 )) State=UNKNOWN
PartitionName=normal Nodes=${host} Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$base/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 100); do
  sinfo -h -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)' && break
  sleep 0.2
done
sinfo -h -o '%T' | grep -qE '^(idle|mixed|allocated)' || { echo "slurm did not come up; see $base/log" >&2; exit 1; }
echo "$base"
