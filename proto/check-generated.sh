#!/bin/sh
# Fails when proto/gen is not what `buf generate` makes of the contracts (a .proto edited
# without regenerating, or generated code edited by hand).
set -eu
cd "$(dirname "$0")"
PATH="$(pwd)/../node_modules/.bin:$PATH"
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
buf generate --output "$fresh"
if ! diff -r "$fresh/gen" gen; then
  echo "proto/gen is stale: run proto/generate.sh and commit the result" >&2
  exit 1
fi
