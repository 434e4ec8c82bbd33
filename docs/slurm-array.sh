#!/bin/bash
# Renders every OIA input with a Slurm job array of 8 tasks: task K (SLURM_ARRAY_TASK_ID = 1…8) renders
# shard K of 8 (`dossier batch --shard K/N`). See docs/batch-sharding.md.
#
#   mkdir -p logs && sbatch docs/slurm-array.sh
#
# Dossier is the folder of scripts/package.sh, unpacked where every node sees it (no Swift toolchain needed;
# install the Debian packages of its README.md / runtime-packages.txt on the nodes), e.g.
#   tar -C $HOME -xzf dossier-0.4.0-linux-x86_64.tar.gz
#
# Inputs and outputs must be on a file system every node sees (the outputs are renamed into place, so put
# them on one that supports rename(2) atomically: NFS, Lustre, GPFS and BeeGFS do).
#SBATCH --job-name=dossier-oia
#SBATCH --array=1-8
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=00:30:00
#SBATCH --output=logs/dossier-%A_%a.out
#SBATCH --error=logs/dossier-%A_%a.err

set -euo pipefail

N=8                                           # keep equal to the size of --array above
DOSSIER=${DOSSIER:-$HOME/dossier-0.4.0-linux-x86_64/bin/dossier}
INPUTS=${INPUTS:-/shared/ctc/inputs}
OUT=${OUT:-/shared/ctc/out}

if [[ -n "${SLURM_ARRAY_TASK_COUNT:-}" && "$SLURM_ARRAY_TASK_COUNT" != "$N" ]]; then
    echo "N=$N but the array has $SLURM_ARRAY_TASK_COUNT tasks: shards would be missed" >&2
    exit 64
fi

# Byte-identical PDFs for inputs without meta.date, whichever node renders them.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1735689600}

# The glob is quoted: dossier expands it itself (sorted), so every task sees the same input list.
srun "$DOSSIER" batch oia "$INPUTS/*-oia.json" \
    -o "$OUT" --annexes --quiet \
    -j "${SLURM_CPUS_PER_TASK:-1}" \
    --shard "${SLURM_ARRAY_TASK_ID}/${N}"
