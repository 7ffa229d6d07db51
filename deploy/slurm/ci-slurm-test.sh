#!/usr/bin/env bash
# Integration test of the Slurm workflow on a throwaway single-node Slurm cluster on this host.
#
#   bash deploy/slurm/ci-slurm-test.sh        # as root, after `dotnet build KadSim.sln -c Release`
#
# 1. Installs Debian's slurm-wlm and munge if missing (apt-get; needs root).
# 2. Starts a private munged, slurmctld and slurmd with their own key, socket, ports, state and spool
#    in a temporary folder (no files under /etc are written; an existing Slurm or munge on this host
#    is left alone), and waits for the node to be idle.
# 3. Runs deploy/slurm/ci-plan.json (16 points × 3 replications) in one process and merges it; then
#    submits it with deploy/slurm/submit.sh as a 4-task job array plus a dependent merge job, waits,
#    checks every task succeeded, and requires the two runs.parquet files to be byte-identical.
# 4. Resubmits the same array with kadsim-sweep.sbatch: every task must find its runs done and write
#    nothing new (resume), and `kadsim merge` must give the same file again.
# Prints `ci-slurm-test: PASS ...` or `ci-slurm-test: FAIL: ...` as its last line, stops the daemons it
# started (on any exit), and exits non-zero on failure. The temporary folder is removed on success and
# kept (its path printed) on failure.
#
# Environment: KADSIM_DLL (default src/KadSim.Cli/bin/Release/net10.0/kadsim.dll; its folder is copied
# into the temporary folder first, so a rebuild meanwhile cannot mix versions), DOTNET (default
# `dotnet` on PATH), SLURM_TEST_TIMEOUT (seconds to wait for each batch of jobs, default 600),
# KEEP_TMP=1 (keep the temporary folder even on success).
set -euo pipefail

t0=$(date +%s)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here=$repo/deploy/slurm
dll=${KADSIM_DLL:-$repo/src/KadSim.Cli/bin/Release/net10.0/kadsim.dll}
plan=$here/ci-plan.json
shards=4
timeout=${SLURM_TEST_TIMEOUT:-600}

tmp=""
pids=()          # daemons we started, in start order
jobs_submitted=()
ok=0
reason=""       # why it failed, for the closing line
result=""       # the closing PASS line

say() { echo "ci-slurm-test: $*"; }
fail() { reason=$*; say "FAIL: $*"; exit 1; }

dump_logs() {
  [ -n "$tmp" ] && [ -d "$tmp" ] || return 0
  local f
  for f in "$tmp"/log/*.log "$tmp"/slurm/slurm/*.out "$tmp"/resume-logs/*.out; do
    [ -f "$f" ] || continue
    echo "----- ${f#"$tmp"/} (last 25 lines)"
    tail -n 25 "$f"
  done
  echo "-----"
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  if [ "$ok" != 1 ] && [ -n "$tmp" ]; then dump_logs; fi
  if [ ${#jobs_submitted[@]} -gt 0 ] && [ -n "${SLURM_CONF:-}" ]; then
    scancel "${jobs_submitted[@]}" >/dev/null 2>&1
  fi
  # Stop in reverse order: slurmd, slurmctld, munged.
  local i pid
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[i]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  if [ -n "$tmp" ] && [ -d "$tmp" ]; then
    if [ "$ok" = 1 ] && [ "${KEEP_TMP:-0}" != 1 ]; then rm -rf "$tmp"; else say "kept $tmp"; fi
  fi
  if [ "$ok" != 1 ] && [ "$rc" = 0 ]; then rc=1; fi
  if [ "$ok" = 1 ] && [ "$rc" = 0 ]; then
    say "PASS in $(( $(date +%s) - t0 )) s ($result)"
  else
    say "FAIL: ${reason:-unexpected error (exit $rc)} (after $(( $(date +%s) - t0 )) s)"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'reason=interrupted; exit 130' INT
trap 'reason=terminated; exit 143' TERM

# ---------------------------------------------------------------- prerequisites
[ "$(id -u)" = 0 ] || fail "must run as root (it installs packages and runs slurmd, which starts jobs as root); try sudo"
dotnet=${DOTNET:-$(command -v dotnet || true)}
{ [ -n "$dotnet" ] && [ -x "$dotnet" ]; } || fail "dotnet not found (set DOTNET=/path/to/dotnet)"
[ -f "$dll" ] || fail "$dll not found: run 'dotnet build KadSim.sln -c Release' first"

need=(slurmctld slurmd sbatch squeue sinfo scontrol scancel munged munge)
missing=()
for c in "${need[@]}"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail "missing ${missing[*]} and no apt-get to install slurm-wlm and munge"
  say "installing slurm-wlm and munge (missing: ${missing[*]})"
  t=$(date +%s)
  export DEBIAN_FRONTEND=noninteractive
  aptlog=$(mktemp "${TMPDIR:-/tmp}/kadsim-slurm-ci-apt.XXXXXX")
  apt-get update -q </dev/null >"$aptlog" 2>&1 || { tail -n 20 "$aptlog"; fail "apt-get update failed (log: $aptlog)"; }
  apt-get install -y -q slurm-wlm munge </dev/null >>"$aptlog" 2>&1 \
    || { tail -n 20 "$aptlog"; fail "apt-get install slurm-wlm munge failed (log: $aptlog)"; }
  rm -f "$aptlog"
  say "installed in $(( $(date +%s) - t )) s"
fi
slurm_version=$(slurmctld -V 2>/dev/null | awk '{print $NF}')
say "Slurm $slurm_version, munge $(munged --version 2>&1 | awk '{print $1; exit}'), $(nproc) CPUs"

# ---------------------------------------------------------------- private munged
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kadsim-slurm-ci.XXXXXX")
chmod 711 "$tmp"   # munged wants its socket's directories searchable by all
mkdir -p "$tmp/munge-key" "$tmp/munge-run" "$tmp/log" "$tmp/state" "$tmp/spool"
# A private copy of the build, so that a rebuild during the test cannot mix versions between tasks.
cp -a "$(dirname "$dll")" "$tmp/kadsim"
kadsim=("$dotnet" "$tmp/kadsim/$(basename "$dll")")
chmod 700 "$tmp/munge-key"
chmod 755 "$tmp/munge-run"
dd if=/dev/urandom of="$tmp/munge-key/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge-key/munge.key"
sock=$tmp/munge-run/munge.socket
munged --foreground --force --socket="$sock" --key-file="$tmp/munge-key/munge.key" \
  --pid-file="$tmp/munge-run/munged.pid" --seed-file="$tmp/munge-key/munged.seed" \
  --log-file="$tmp/log/munged.log" >>"$tmp/log/munged.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$sock" ] && break; sleep 0.1; done
munge -S "$sock" -n </dev/null | unmunge -S "$sock" >/dev/null 2>&1 || fail "private munged does not work (see $tmp/log/munged.log)"

# ---------------------------------------------------------------- slurm.conf
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=""
for _ in $(seq 50); do
  p=$(( 20000 + RANDOM % 20000 ))
  if port_free "$p" && port_free $((p + 1)); then port=$p; break; fi
done
[ -n "$port" ] || fail "no two free TCP ports found"

node=$(hostname -s)
cpus=$(nproc)
mem=$(free -m | awk '/^Mem:/ { m = int($2 * 0.9); print (m > 0 ? m : 1) }')
export SLURM_CONF=$tmp/slurm.conf
cat >"$SLURM_CONF" <<EOF
# Minimal single-node Slurm for ci-slurm-test.sh; everything lives under $tmp.
ClusterName=kadsimci
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$sock
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
MailProg=/bin/true
# No cgroups (they are often unavailable in containers): plain process tracking, no task binding,
# no accounting.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/backfill
SchedulerParameters=kill_invalid_depend
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=600
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
# Slurm ≥ 24.05 can switch cgroups off altogether (older versions reject the value; with the
# plugins above they do not use cgroups anyway).
if [ "${slurm_version%%.*}" -ge 24 ] 2>/dev/null; then
  echo "CgroupPlugin=disabled" >"$tmp/cgroup.conf"
fi

# ---------------------------------------------------------------- daemons
slurmctld -D -f "$SLURM_CONF" >"$tmp/log/slurmctld.out" 2>&1 &
pids+=($!)
for _ in $(seq 100); do scontrol ping 2>/dev/null | grep -q UP && break; sleep 0.2; done
scontrol ping 2>/dev/null | grep -q UP || fail "slurmctld did not come up"
slurmd -D -N "$node" -f "$SLURM_CONF" >"$tmp/log/slurmd.out" 2>&1 &
pids+=($!)
state=""
for _ in $(seq 150); do
  state=$(sinfo -h -n "$node" -o %t 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] || fail "node $node is '${state:-unknown}', not idle: $(sinfo -h -R 2>/dev/null)"
say "cluster up: node $node idle ($cpus CPUs, ports $port/$((port + 1))) after $(( $(date +%s) - t0 )) s"

# ---------------------------------------------------------------- helpers
wait_jobs() { # wait_jobs ID... : until squeue lists none of them
  local deadline=$(( $(date +%s) + timeout )) ids left errors=0
  ids=$(IFS=,; echo "$*")
  while :; do
    if left=$(squeue -h -j "$ids" -o %i 2>/dev/null); then
      errors=0
      [ -z "$left" ] && return 0
    else
      errors=$((errors + 1))
      [ $errors -lt 10 ] || fail "squeue keeps failing (slurmctld down?)"
    fi
    [ "$(date +%s)" -lt "$deadline" ] || { squeue 2>&1; fail "jobs $ids still queued after ${timeout} s"; }
    sleep 1
  done
}
check_jobs() { # check_jobs ID... : every job (every array task) COMPLETED with exit code 0
  local id info n bad
  for id in "$@"; do
    info=$(scontrol -o show job "$id" 2>/dev/null) || fail "scontrol knows no job $id"
    n=$(grep -c . <<<"$info")
    bad=$(grep -v 'JobState=COMPLETED .*ExitCode=0:0' <<<"$info" | awk '{
      line = ""
      for (i = 1; i <= NF; i++) if ($i ~ /^(JobId|ArrayTaskId|JobState|Reason|ExitCode)=/) line = line " " $i
      printf "%s;", line }' || true)
    [ -z "$bad" ] || fail "job $id did not succeed: $bad"
    say "job $id: $n job record(s) COMPLETED, exit 0"
  done
}
run_files() { (cd "$1/runs" && find . -type f | LC_ALL=C sort | xargs md5sum); }
same_table() { # same_table A B : byte-identical, else compare contents if a reader is available
  cmp -s "$1" "$2" && return 0
  say "$(basename "$1") differs byte-wise ($(stat -c %s "$1") vs $(stat -c %s "$2") bytes); comparing contents"
  if command -v python3 >/dev/null && python3 -c 'import pyarrow' 2>/dev/null; then
    if python3 - "$1" "$2" <<'PY'
import sys, pyarrow.parquet as pq
a, b = (pq.read_table(p) for p in sys.argv[1:3])
print(f"  schema equal: {a.schema.equals(b.schema)}; rows: {a.num_rows} vs {b.num_rows}")
for name in a.column_names:
    if name in b.column_names and not a[name].equals(b[name]):
        print(f"  column {name} differs")
sys.exit(0 if a.equals(b) else 1)
PY
    then say "WARN: contents are equal (pyarrow) though bytes differ"; return 0; fi
  elif command -v duckdb >/dev/null; then
    local d
    d=$(duckdb -noheader -csv -c "SELECT (SELECT count(*) FROM (FROM '$1' EXCEPT ALL FROM '$2')) + (SELECT count(*) FROM (FROM '$2' EXCEPT ALL FROM '$1'))" 2>&1 || echo error)
    say "  rows in one table but not the other (duckdb): $d"
    if [ "$d" = 0 ]; then say "WARN: contents are equal (duckdb) though bytes differ"; return 0; fi
  else
    say "  (no pyarrow or duckdb here to compare contents)"
  fi
  return 1
}

# ---------------------------------------------------------------- 1. one process
t=$(date +%s)
"${kadsim[@]}" sweep "$plan" --out "$tmp/local" --threads "$cpus" >"$tmp/log/local-sweep.log" 2>&1 \
  || fail "single-process sweep failed: $(tail -n 5 "$tmp/log/local-sweep.log")"
"${kadsim[@]}" merge "$tmp/local" >>"$tmp/log/local-sweep.log" 2>&1 \
  || fail "merge of the single-process sweep failed: $(tail -n 5 "$tmp/log/local-sweep.log")"
[ -f "$tmp/local/runs.parquet" ] || fail "no $tmp/local/runs.parquet"
say "single process: sweep + merge in $(( $(date +%s) - t )) s"

# ---------------------------------------------------------------- 2. job array + dependent merge
t=$(date +%s)
ids=$(KADSIM="${kadsim[*]}" bash "$here/submit.sh" "$plan" "$tmp/slurm" "$shards" --cpus-per-task=1 --time=00:10:00 \
  2>"$tmp/log/submit.log") || fail "submit.sh failed: $(cat "$tmp/log/submit.log")"
read -r array merge <<<"$ids"
{ [ -n "${array:-}" ] && [ -n "${merge:-}" ]; } || fail "submit.sh printed no job ids: '$ids'"
jobs_submitted+=("$array" "$merge")
say "submitted array job $array ($shards tasks) and merge job $merge"
wait_jobs "$array" "$merge"
check_jobs "$array" "$merge"
for ((k = 0; k < shards; k++)); do
  [ -f "$tmp/slurm/runs/shard=$k/_SUCCESS" ] || fail "shard $k has no _SUCCESS marker"
done
[ -f "$tmp/slurm/runs.parquet" ] || fail "merge job wrote no runs.parquet"
same_table "$tmp/local/runs.parquet" "$tmp/slurm/runs.parquet" \
  || fail "runs.parquet from the job array differs from the single-process one"
say "job array ($shards shards) + merge in $(( $(date +%s) - t )) s: runs.parquet identical to the single-process run"

# ---------------------------------------------------------------- 3. resume: same array again
t=$(date +%s)
before=$(run_files "$tmp/slurm")
mkdir -p "$tmp/resume-logs"
rid=$(cd "$repo" && PLAN=$plan OUT=$tmp/slurm KADSIM="${kadsim[*]}" sbatch --parsable --export=ALL \
  --array="0-$((shards - 1))" --cpus-per-task=1 --time=00:10:00 \
  --output="$tmp/resume-logs/%x-%A_%a.out" "$here/kadsim-sweep.sbatch") || fail "resubmitting the array failed"
rid=${rid%%;*}
jobs_submitted+=("$rid")
wait_jobs "$rid"
check_jobs "$rid"
after=$(run_files "$tmp/slurm")
[ "$before" = "$after" ] || fail "resubmitted array changed the run table (it should have skipped every run): $(diff <(echo "$before") <(echo "$after") | head -n 5)"
cp "$tmp/slurm/runs.parquet" "$tmp/runs-first-merge.parquet"
"${kadsim[@]}" merge "$tmp/slurm" >"$tmp/log/merge-again.log" 2>&1 || fail "kadsim merge after resume failed: $(tail -n 5 "$tmp/log/merge-again.log")"
same_table "$tmp/runs-first-merge.parquet" "$tmp/slurm/runs.parquet" || fail "merging again gave a different runs.parquet"
say "resubmitted array $rid: all runs found done, nothing rewritten, merge unchanged ($(( $(date +%s) - t )) s)"

ok=1
result="Slurm $slurm_version, $shards-task array, $(grep -o '"runs": *[0-9]*' "$tmp/slurm/sweep.json" | grep -o '[0-9]*$') runs, single process = job array = resumed array"
