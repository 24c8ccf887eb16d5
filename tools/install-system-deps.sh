#!/usr/bin/env bash
# Debian packages used by the tests and `make screenshots`: poppler-utils (pdftoppm,
# pdftotext to look at PDFs), age (interoperability tests of the bundle format),
# xvfb (real-window checks). Installed only where they are missing and we are root.
set -euo pipefail
need=()
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v age >/dev/null || need+=(age)
command -v Xvfb >/dev/null || need+=(xvfb)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "missing system packages (install them to run every test): ${need[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || \
  echo "could not install: ${need[*]}; the tests that need them will fail or skip" >&2
