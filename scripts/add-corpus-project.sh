#!/usr/bin/env bash
# Copies a corpus project that is not in ../shared/corpus from a git clone of
# its upstream repository into testdata/corpus/<folder>: the schema, every
# migration.sql, migration_lock.toml and the licence file, each at its path
# in the repository, at the given commit (nothing else: no application code).
# Register the unit in scripts/acceptgen/corpus.go and list the project in
# testdata/corpus/README.md, then run scripts/regen-corpus.sh.
#
#   scripts/add-corpus-project.sh <git-dir> <commit> <folder> <schema> <migrations-dir> <licence-file>...
#
# The MySQL projects were added with (git-dir: a bare snapshot of the repository):
#   scripts/add-corpus-project.sh umami.git 94b4b66a3d86288fb0f970eab19a4171d9e14e6f \
#     umami-software__umami-mysql db/mysql/schema.prisma db/mysql/migrations LICENSE
#   scripts/add-corpus-project.sh bot.git 8a08ab5dd6a47ae1f2c0bfed06d44afc2e822d5e \
#     discord-tickets__bot db/mysql/schema.prisma db/mysql/migrations LICENSE
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 6 ] || { sed -n 2,16p "$0" >&2; exit 2; }
git_dir="$1" commit="$2" folder="$3" schema="$4" migrations="$5"
shift 5
dest="testdata/corpus/$folder"
rm -rf "$dest"
files=("$schema" "$migrations/migration_lock.toml" "$@")
while IFS= read -r f; do files+=("$f"); done < <(git --git-dir="$git_dir" ls-tree -r --name-only "$commit" -- "$migrations" | grep '/migration\.sql$')
for f in "${files[@]}"; do
  mkdir -p "$dest/$(dirname "$f")"
  git --git-dir="$git_dir" show "$commit:$f" > "$dest/$f"
done
echo "$dest: ${#files[@]} files from $commit"
