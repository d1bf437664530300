#!/bin/sh
# Fails when the contracts break what was released (proto/released/v1.binpb): agencies
# compile these files, so a renamed, renumbered, retyped or removed field or message must
# become a new package version (cpp.integration.v2), never an edit of v1.
set -eu
cd "$(dirname "$0")/.."
PATH="$(pwd)/node_modules/.bin:$PATH"
buf breaking proto --against proto/released/v1.binpb
