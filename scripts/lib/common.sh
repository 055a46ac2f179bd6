# Shared by scripts/run, scripts/test and scripts/bench: install what is missing
# from Debian's packages, then configure and build. Sourced, not run.

KEYSTONE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Everything the build, the tests and the GUI need, all from Debian 12.
KEYSTONE_PACKAGES=(
  cmake ninja-build g++ pkg-config
  libsqlite3-dev sqlite3 libicu-dev nlohmann-json3-dev catch2
  libsodium-dev # encrypted backups and exports (src/crypto)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev qt6-translations-l10n libgl-dev
  libqt6opengl6-dev # Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in
  poppler-utils
  fonts-dejavu-core fonts-wqy-microhei  # the PDF reports: Latin, Cyrillic, Hebrew; Chinese
)

keystone_install_packages() {
  local missing=()
  local p
  for p in "${KEYSTONE_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "keystone: installing missing packages: ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "keystone: need root or sudo to install ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# keystone_build DIR [cmake options...]: configure once, then build incrementally, with
# $KEYSTONE_JOBS parallel jobs (default: one per core).
keystone_build() {
  local dir="$1"
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$KEYSTONE_ROOT" -B "$dir" -G Ninja "$@"
  else
    # Options may have changed since the last run; re-running cmake is cheap.
    cmake "$dir" "$@" >/dev/null
  fi
  cmake --build "$dir" --parallel "${KEYSTONE_JOBS:-$(nproc)}"
}
