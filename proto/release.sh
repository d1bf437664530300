#!/bin/sh
# Records the contracts as released: the image that check-breaking.sh compares against.
# Run when a contract revision ships to agencies, and commit the image with the release.
set -eu
cd "$(dirname "$0")"
PATH="$(pwd)/../node_modules/.bin:$PATH"
buf build --exclude-source-info -o released/v1.binpb
