#!/bin/sh
# Installs what tests/qemu_vfio.rs needs on a Debian 12 host (CI runs this):
# QEMU, a static busybox and cpio from apt, and one exact Debian cloud kernel
# package (the version the linux-image-cloud-amd64 metapackage names), downloaded
# into ${FPVS_CACHE:-$HOME/.cache/fpvs}.
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends qemu-system-x86 busybox-static cpio
pkg=$(apt-cache depends linux-image-cloud-amd64 | sed -n 's/.*Depends: \(linux-image-[0-9].*-cloud-amd64\)$/\1/p' | head -n1)
[ -n "$pkg" ] || { echo "cannot resolve the cloud kernel package" >&2; exit 1; }
cache="${FPVS_CACHE:-$HOME/.cache/fpvs}"
mkdir -p "$cache"
cd "$cache"
ls "${pkg}"_*.deb >/dev/null 2>&1 || apt-get download "$pkg"
ls -l "$cache"/"${pkg}"_*.deb
