#!/bin/sh
# Lints the contracts and regenerates the TypeScript in proto/gen (committed). buf and
# protoc-gen-es come from node_modules, so this runs offline.
set -eu
cd "$(dirname "$0")"
PATH="$(pwd)/../node_modules/.bin:$PATH"
buf lint
buf generate
