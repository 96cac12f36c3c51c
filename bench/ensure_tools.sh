#!/bin/sh
# Tools the benchmarks compare against, installed when missing (called by `make bench`).
#
# LibreOffice Writer (headless) is the anchor of bench/letters.py: the same letter converted
# to PDF by `soffice --headless --convert-to pdf`. Installed only when running as root;
# otherwise, or when the install fails, the bench prints its figure with "anker niet
# beschikbaar" instead of failing. Never fails itself.
set -u

if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "ensure_tools: LibreOffice ontbreekt en dit is geen root; anker niet beschikbaar" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_tools: geen apt-get; LibreOffice niet geïnstalleerd" >&2
    exit 0
fi
echo "ensure_tools: LibreOffice Writer (headless) installeren…" >&2
export DEBIAN_FRONTEND=noninteractive
if apt-get update -q >/dev/null \
    && apt-get install -y -q --no-install-recommends libreoffice-writer-nogui >/dev/null; then
    echo "ensure_tools: LibreOffice geïnstalleerd" >&2
else
    echo "ensure_tools: LibreOffice kon niet worden geïnstalleerd; anker niet beschikbaar" >&2
fi
exit 0
