#!/usr/bin/env bash
# Submit a KadSim sweep as a Slurm job array of SHARDS tasks, plus a merge job that starts only if
# every task succeeds (--dependency=afterok), writing OUT/runs.parquet.
#
#   deploy/slurm/submit.sh PLAN OUT SHARDS [extra sbatch options for the array job...]
#   deploy/slurm/submit.sh scenarios/plans/barlingmascakeb-lhs.json out/barl-lhs 8 --cpus-per-task=8 --time=1:00:00
#
# Environment: KADSIM (how to invoke kadsim, default `kadsim`; e.g. "dotnet /path/kadsim.dll"),
# THREADS (default: --cpus-per-task). Options for both jobs go in sbatch's own variables, e.g.
# SBATCH_PARTITION, SBATCH_ACCOUNT. Slurm logs go to OUT/slurm/.
# Prints the two job ids, as `ARRAY_JOB_ID MERGE_JOB_ID`, on the last line.
#
# Running it again with the same PLAN, OUT and SHARDS resumes: completed runs are skipped.
set -euo pipefail

if [ $# -lt 3 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
plan=$1 out=$2 shards=$3
shift 3
case $shards in '' | *[!0-9]* | 0) echo "submit.sh: SHARDS must be a positive integer, got '$shards'" >&2; exit 2 ;; esac
[ -f "$plan" ] || { echo "submit.sh: plan '$plan' not found" >&2; exit 2; }

# Absolute paths, passed through the environment (sbatch --export=NAME=value cannot hold commas).
PLAN=$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan")
mkdir -p "$out/slurm"
OUT=$(cd "$out" && pwd)
export PLAN OUT
export KADSIM=${KADSIM:-kadsim}

array=$(sbatch --parsable --export=ALL --array="0-$((shards - 1))" \
  --output="$OUT/slurm/%x-%A_%a.out" "$@" "$here/kadsim-sweep.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --export=ALL --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$OUT/slurm/%x-%j.out" "$here/merge.sbatch")
merge=${merge%%;*}
echo "submitted: sweep array job $array ($shards tasks), merge job $merge (after all succeed); logs in $OUT/slurm/" >&2
echo "$array $merge"
