#!/bin/bash
# boot-guest.sh OUT.raw [SIZE]  -  the test guest of the boot-check specs (test/helpers/boot-guest.ts)
#
# A small BOOTABLE raw disk built from Debian packages only, with NO loop device, NO mount, NO
# chroot and no root privilege (a container refuses losetup/mount). Ported from the recipe measured
# under QEMU 7.2 TCG (syslinux, Debian kernel, busybox root, qemu-ga, serial heartbeat):
#
#   MBR (syslinux mbr.bin, p1 active)
#   p1  32 MiB FAT16 "BOOT"   syslinux (ldlinux.sys/.c32) + syslinux.cfg + vmlinuz + initrd.gz
#                             (`syslinux --install` on the FAT image FILE, through mtools)
#   p2  rest   ext4  "vmroot" busybox-static userland, qemu-ga + its libraries, known files
#                             (`mke2fs -d DIR`, no mount)
#
# Kernel command line: console=tty0 console=ttyS0,115200 root=LABEL=vmroot rw no_timer_check
#   (tty0 first: the kernel log also reaches the VGA screen a boot check takes a screenshot of;
#    ttyS0 last, so it is /dev/console and init writes to the serial log)
#   (no_timer_check: without it a TCG guest on a busy host can panic with
#    "IO-APIC + timer doesn't work!"; seen once in ~30 boots at load average ~11)
# Boot chain: SeaBIOS -> MBR -> syslinux -> Debian kernel + tiny initramfs (busybox, the virtio and
# ext4 modules, which Debian builds as modules) -> mounts LABEL=vmroot read-write -> switch_root ->
# busybox init: rcS mounts /proc /sys /dev /run and makes the /dev/virtio-ports/* links udev would;
# then respawns qemu-ga on /dev/virtio-ports/org.qemu.guest_agent.0 and the heartbeat loop,
# which prints "BOOTCHECK-HEARTBEAT seq=N host=... uptime=... qga=up|down" on ttyS0 every
# $HB_INTERVAL s. /sbin/shutdown is a tiny script so qemu-ga's guest-shutdown powers off cleanly.
# The initramfs prints "BOOTCHECK-FAIL ..." and powers off when it cannot mount the root.
#
# Known content (also listed in OUT.manifest):
#   /etc/hostname                    "bootcheck-guest"
#   /srv/data/hello.txt              "hello from the bootcheck guest"
#   /srv/data/random-5MiB.bin        5 MiB deterministic pseudo-random (AES-128-CTR of zeros)
#   /srv/data/SHA256SUMS             sha256 of the two files above
#   /usr/local/bin/bootcheck-test.sh the in-guest test: checks SHA256SUMS, the hostname and that
#                                    the root is writable, prints BOOTCHECK-TEST-OK, exits 0
#
# Needs (Debian packages, .ci/run installs them): busybox-static syslinux syslinux-common mtools
#   dosfstools fdisk e2fsprogs cpio kmod openssl qemu-guest-agent (its /usr/sbin/qemu-ga and the
#   libraries ldd lists are copied in), and either the Debian archive (`apt-get download` of the
#   kernel package linux-image-amd64 depends on, ~70 MB, once: it is cached) or KERNEL_DEB=path.
# Env: KERNEL_DEB=...deb   use this linux-image-*-amd64 .deb
#      CACHE_DIR=dir       where the kernel .deb is cached (default ~/.cache/meshbackup/boot-guest)
#      CMDLINE_EXTRA="..." extra kernel arguments (e.g. "quiet")
#      HB_INTERVAL=N       heartbeat period in seconds (default 2)
# Exit 2: a tool is missing (the message names it), so the caller can skip rather than fail.
set -euo pipefail
export LC_ALL=C MTOOLS_SKIP_CHECK=1

OUT=${1:?usage: boot-guest.sh OUT.raw [SIZE]}
SIZE=${2:-128M}
CACHE_DIR=${CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/meshbackup/boot-guest}
HB_INTERVAL=${HB_INTERVAL:-2}
CMDLINE_EXTRA=${CMDLINE_EXTRA:-}
T0=$(date +%s.%N)

for c in busybox syslinux mcopy mkfs.fat sfdisk mke2fs cpio gzip modinfo dpkg-deb openssl qemu-ga ldd truncate; do
  command -v "$c" >/dev/null || { echo "boot-guest: missing command $c" >&2; exit 2; }
done
[ -f /usr/lib/syslinux/mbr/mbr.bin ] || { echo "boot-guest: missing /usr/lib/syslinux/mbr/mbr.bin (syslinux-common)" >&2; exit 2; }
busybox --list | grep -qx switch_root || { echo "boot-guest: busybox has no switch_root (install busybox-static)" >&2; exit 2; }
file_is_static() { ! ldd "$1" >/dev/null 2>&1; }
BB=$(command -v busybox)
file_is_static "$BB" || { echo "boot-guest: $BB is dynamic; install busybox-static" >&2; exit 2; }

WORK=$(mktemp -d /tmp/boot-guest.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# ---------------------------------------------------------------- kernel
if [ -z "${KERNEL_DEB:-}" ]; then
  mkdir -p "$CACHE_DIR"
  KPKG=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
  [ -n "$KPKG" ] || { echo "boot-guest: cannot resolve linux-image-amd64 (run apt-get update) or set KERNEL_DEB" >&2; exit 2; }
  KERNEL_DEB=$(ls "$CACHE_DIR/${KPKG}"_*.deb 2>/dev/null | head -1 || true)
  if [ -z "$KERNEL_DEB" ]; then
    echo "boot-guest: apt-get download $KPKG -> $CACHE_DIR" >&2
    (cd "$CACHE_DIR" && apt-get download "$KPKG" >&2)
    KERNEL_DEB=$(ls "$CACHE_DIR/${KPKG}"_*.deb | head -1)
  fi
fi
echo "boot-guest: kernel package $KERNEL_DEB" >&2
mkdir -p "$WORK/k"
dpkg-deb --fsys-tarfile "$KERNEL_DEB" | tar -x -C "$WORK/k" --wildcards \
  './boot/vmlinuz-*' \
  './lib/modules/*/kernel/drivers/virtio/*' \
  './lib/modules/*/kernel/drivers/block/virtio_blk.ko*' \
  './lib/modules/*/kernel/drivers/char/virtio_console.ko*' \
  './lib/modules/*/kernel/fs/ext4/*' './lib/modules/*/kernel/fs/jbd2/*' './lib/modules/*/kernel/fs/mbcache.ko*' \
  './lib/modules/*/kernel/lib/*' './lib/modules/*/kernel/crypto/*'
VMLINUZ=$(ls "$WORK"/k/boot/vmlinuz-* | head -1)
KVER=${VMLINUZ##*/vmlinuz-}
MODROOT="$WORK/k/lib/modules/$KVER/kernel"
case "$(ls "$MODROOT"/fs/ext4/)" in *.ko) ;; *) echo "boot-guest: compressed modules not handled" >&2; exit 2;; esac

# module load order: depth-first on `modinfo -F depends`, plus crc32c (ext4/jbd2 softdep)
declare -A MODPATH=() SEEN=()
while IFS= read -r f; do b=${f##*/}; b=${b%.ko}; MODPATH[${b//-/_}]=$f; done < <(find "$MODROOT" -name '*.ko')
ORDER=()
addmod() {
  local m=${1//-/_} d
  [ -n "${SEEN[$m]:-}" ] && return 0
  SEEN[$m]=1
  [ -n "${MODPATH[$m]:-}" ] || { echo "boot-guest: module $m not found in $KERNEL_DEB" >&2; exit 2; }
  for d in $(modinfo -F depends "${MODPATH[$m]}" | tr ',' ' '); do addmod "$d"; done
  ORDER+=("$m")
}
for m in virtio_pci virtio_blk virtio_console crc32c_generic ext4; do addmod "$m"; done
echo "boot-guest: kernel $KVER, initramfs modules: ${ORDER[*]}" >&2

# ---------------------------------------------------------------- initramfs
IR="$WORK/initramfs"
mkdir -p "$IR"/{bin,dev,proc,sys,newroot,modules}
cp "$BB" "$IR/bin/busybox"
for a in sh mount umount insmod sleep cat findfs switch_root echo poweroff mkdir; do ln -s busybox "$IR/bin/$a"; done
for m in "${ORDER[@]}"; do cp "${MODPATH[$m]}" "$IR/modules/$m.ko"; echo "$m" >> "$IR/modules/order"; done
cat > "$IR/init" <<'EOF'
#!/bin/sh
export PATH=/bin
mount -t devtmpfs devtmpfs /dev
mount -t proc proc /proc
mount -t sysfs sysfs /sys
exec </dev/console >/dev/console 2>&1
fail() { echo "BOOTCHECK-FAIL initramfs: $*"; sleep 2; poweroff -f; }
for m in $(cat /modules/order); do insmod /modules/$m.ko || echo "initramfs: insmod $m failed"; done
root=LABEL=vmroot
for a in $(cat /proc/cmdline); do case "$a" in root=*) root=${a#root=};; esac; done
dev=; i=0
while [ $i -lt 100 ]; do
  case "$root" in LABEL=*|UUID=*) dev=$(findfs "$root" 2>/dev/null);; *) dev=$root;; esac
  [ -n "$dev" ] && [ -b "$dev" ] && break
  sleep 0.1; i=$((i+1))
done
[ -b "$dev" ] || fail "root device $root not found"
mount -t ext4 -o rw "$dev" /newroot || fail "cannot mount $dev"
echo "initramfs: root $root ($dev) mounted rw, switching"
mount --move /dev /newroot/dev
umount /proc /sys
exec switch_root /newroot /sbin/init
EOF
chmod 755 "$IR/init"
(cd "$IR" && find . | cpio -o -H newc --quiet | gzip -9 > "$WORK/initrd.gz")

# ---------------------------------------------------------------- root filesystem tree
R="$WORK/root"
mkdir -p "$R"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc/init.d,proc,sys,dev,run,tmp,root,var/log,srv/data,lib/x86_64-linux-gnu,lib64}
chmod 1777 "$R/tmp"
cp "$BB" "$R/bin/busybox"
busybox --list-full | while read -r p; do [ -e "$R/$p" ] || ln -s /bin/busybox "$R/$p"; done
# qemu-ga + shared libraries + dynamic loader (copied from the host's qemu-guest-agent package)
QGA=$(command -v qemu-ga)
rm -f "$R/usr/sbin/qemu-ga"; cp "$QGA" "$R/usr/sbin/qemu-ga"
ldd "$QGA" | awk '/=> \//{print $3} /^\t\/.*ld-linux/{print $1}' | while read -r lib; do
  case "$lib" in */ld-linux*) cp -L "$lib" "$R/lib64/";; *) cp -L "$lib" "$R/lib/x86_64-linux-gnu/";; esac
done
echo bootcheck-guest > "$R/etc/hostname"
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$R/etc/passwd"
printf 'root:x:0:\n' > "$R/etc/group"
printf 'PRETTY_NAME="bootcheck guest (busybox + Debian kernel %s)"\nNAME=bootcheck\nID=bootcheck\nVERSION_ID=1\n' "$KVER" > "$R/etc/os-release"
printf '/dev/root / ext4 rw 0 1\n' > "$R/etc/fstab"
cat > "$R/etc/inittab" <<'EOF'
::sysinit:/etc/init.d/rcS
::respawn:/usr/local/sbin/qga-run
::respawn:/usr/local/sbin/heartbeat
::shutdown:/bin/echo "BOOTCHECK-SHUTDOWN powering off"
::shutdown:/bin/sync
::shutdown:/bin/mount -o remount,ro /
EOF
cat > "$R/etc/init.d/rcS" <<'EOF'
#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sysfs /sys
grep -q " /dev " /proc/mounts || mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/virtio-ports
mount -t devpts devpts /dev/pts
mount -t tmpfs -o mode=755 tmpfs /run
mount -o remount,rw /
hostname -F /etc/hostname
for p in /sys/class/virtio-ports/vport*; do
  [ -e "$p/name" ] || continue
  n=$(cat "$p/name"); [ -n "$n" ] && ln -sf "../${p##*/}" "/dev/virtio-ports/$n"
done
echo "bootcheck rcS done: $(cat /etc/hostname), kernel $(uname -r), uptime $(cut -d' ' -f1 /proc/uptime)s" > /dev/console
EOF
mkdir -p "$R/usr/local/sbin"
cat > "$R/usr/local/sbin/qga-run" <<'EOF'
#!/bin/sh
# start qemu-ga when the virtio-serial port exists; otherwise idle (no respawn storm)
P=/dev/virtio-ports/org.qemu.guest_agent.0
if [ ! -e "$P" ]; then sleep 3600; exit 0; fi
mkdir -p /run/qemu-ga
exec /usr/sbin/qemu-ga -m virtio-serial -p "$P" -t /run/qemu-ga -l /var/log/qemu-ga.log
EOF
cat > "$R/usr/local/sbin/heartbeat" <<EOF
#!/bin/sh
n=0
while :; do
  n=\$((n+1))
  qga=down; pidof qemu-ga >/dev/null && qga=up
  line="BOOTCHECK-HEARTBEAT seq=\$n host=\$(hostname) uptime=\$(cut -d' ' -f1 /proc/uptime) qga=\$qga"
  echo "\$line" > /dev/ttyS0
  echo "\$line" > /dev/tty0 2>/dev/null   # the screen too: a boot check's screenshot shows it
  sleep $HB_INTERVAL
done
EOF
cat > "$R/sbin/shutdown" <<'EOF'
#!/bin/sh
# called by qemu-ga guest-shutdown as: shutdown -h -P|-H|-r +0 "hypervisor initiated shutdown"
case " $* " in *" -r "*) /bin/busybox reboot ;; *" -H "*) /bin/busybox halt ;; *) /bin/busybox poweroff ;; esac
exit 0
EOF
cat > "$R/usr/local/bin/bootcheck-test.sh" <<'EOF'
#!/bin/sh
# in-guest application test run by the host via guest-exec
cd /srv/data || exit 3
sha256sum -c SHA256SUMS || { echo "BOOTCHECK-TEST-FAIL checksum"; exit 1; }
[ "$(cat /etc/hostname)" = bootcheck-guest ] || { echo "BOOTCHECK-TEST-FAIL hostname"; exit 1; }
touch /var/log/bootcheck-write-test && rm /var/log/bootcheck-write-test || { echo "BOOTCHECK-TEST-FAIL root not writable"; exit 1; }
echo "BOOTCHECK-TEST-OK host=$(hostname) kernel=$(uname -r) uptime=$(cut -d' ' -f1 /proc/uptime)"
EOF
chmod 755 "$R/etc/init.d/rcS" "$R/usr/local/sbin/"* "$R/sbin/shutdown" "$R/usr/local/bin/bootcheck-test.sh"
echo "hello from the bootcheck guest" > "$R/srv/data/hello.txt"
# deterministic 5 MiB "random" file: AES-128-CTR keystream (fixed key/iv) over zeros
head -c $((5*1024*1024)) /dev/zero | openssl enc -aes-128-ctr -nosalt \
  -K 000102030405060708090a0b0c0d0e0f -iv 00000000000000000000000000000000 > "$R/srv/data/random-5MiB.bin"
(cd "$R/srv/data" && sha256sum hello.txt random-5MiB.bin > SHA256SUMS)
# ---------------------------------------------------------------- partition images (no loop device)
BYTES=$(numfmt --from=iec "${SIZE%iB}")
MIB=$((BYTES / 1048576))
BOOT_MIB=32
P1_START=2048                                  # sectors (1 MiB)
P1_SECT=$((BOOT_MIB * 2048))
P2_START=$((P1_START + P1_SECT))               # 33 MiB
P2_SECT=$((MIB * 2048 - P2_START))
[ "$P2_SECT" -ge $((48 * 2048)) ] || { echo "boot-guest: SIZE too small (min 96M)" >&2; exit 2; }

# p1: FAT16 + syslinux, files copied with mtools
mkfs.fat -F 16 -n BOOT -i 0b00c4ec -C "$WORK/boot.img" $((BOOT_MIB * 1024)) >/dev/null
syslinux --install "$WORK/boot.img"
cat > "$WORK/syslinux.cfg" <<EOF
SERIAL 0 115200
DEFAULT linux
PROMPT 0
TIMEOUT 0
LABEL linux
  KERNEL /vmlinuz
  INITRD /initrd.gz
  APPEND console=tty0 console=ttyS0,115200 root=LABEL=vmroot rw no_timer_check $CMDLINE_EXTRA
EOF
mcopy -i "$WORK/boot.img" "$VMLINUZ" ::/vmlinuz
mcopy -i "$WORK/boot.img" "$WORK/initrd.gz" ::/initrd.gz
mcopy -i "$WORK/boot.img" "$WORK/syslinux.cfg" ::/syslinux.cfg

# p2: ext4 populated from the directory tree
truncate -s $((P2_SECT * 512)) "$WORK/root.img"
mke2fs -q -F -t ext4 -b 4096 -I 256 -L vmroot -U 6b6f6f74-6368-6563-6b00-000000000001 -E root_owner=0:0 \
  -d "$R" "$WORK/root.img"

# whole disk: MBR + partition table + the two partitions (sparse)
rm -f "$OUT"
truncate -s "$BYTES" "$OUT"
sfdisk -q "$OUT" <<EOF
label: dos
label-id: 0x0b00c4ec
unit: sectors
start=$P1_START, size=$P1_SECT, type=e, bootable
start=$P2_START, size=$P2_SECT, type=83
EOF
dd if=/usr/lib/syslinux/mbr/mbr.bin of="$OUT" bs=440 count=1 conv=notrunc status=none
dd if="$WORK/boot.img" of="$OUT" bs=1M seek=1 conv=notrunc,sparse status=none
dd if="$WORK/root.img" of="$OUT" bs=1M seek=$((P2_START / 2048)) conv=notrunc,sparse status=none

{
  echo "image=$OUT size=$BYTES"
  echo "kernel=$KVER package=$(basename "$KERNEL_DEB")"
  echo "p1 start=$((P1_START*512)) size=$((P1_SECT*512)) fat16 label=BOOT (syslinux, vmlinuz, initrd.gz, syslinux.cfg)"
  echo "p2 start=$((P2_START*512)) size=$((P2_SECT*512)) ext4 label=vmroot uuid=6b6f6f74-6368-6563-6b00-000000000001"
  echo "file /etc/hostname bootcheck-guest"
  sed 's#  #  /srv/data/#; s#^#sha256 #' "$R/srv/data/SHA256SUMS"
} > "$OUT.manifest"
echo "boot-guest: wrote $OUT ($SIZE, $(du -k "$OUT" | cut -f1) KiB allocated) in $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N)-$T0}") s" >&2
