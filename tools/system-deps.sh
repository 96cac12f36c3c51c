#!/usr/bin/env bash
# System packages the tests and benchmarks use beside Python: poppler-utils (pdftoppm,
# pdftotext, pdffonts) and a real X server (Xvfb with the xcb plugin's libraries) for the
# selftest under X. Installed with apt-get when missing and allowed; otherwise the tests that
# need them say so and skip. `bundle` adds what `make bundle` needs on Linux: icupkg
# (icu-devtools), gcc and strip (binutils) for the slim ICU data (tools/slim_icu.py) and for
# PyInstaller's strip. Usage: tools/system-deps.sh [libreoffice|bundle]
set -u
packages=(poppler-utils xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
          libdbus-1-3)
[ "${1:-}" = "libreoffice" ] && packages+=(libreoffice-writer-nogui)
[ "${1:-}" = "bundle" ] && packages+=(icu-devtools gcc binutils)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "Let op: systeempakketten ontbreken (${missing[*]}); de tests die ze nodig hebben worden overgeslagen." >&2
  exit 0
fi
echo "Systeempakketten installeren: ${missing[*]}" >&2
apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
  || echo "Let op: installeren van ${missing[*]} is niet gelukt; die tests worden overgeslagen." >&2
exit 0
