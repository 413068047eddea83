#!/usr/bin/env bash
# A throwaway S3 server for the tests: a single-node Ceph 16.2 cluster (one mon, one memstore OSD,
# no mgr) and its RADOS Gateway on 127.0.0.1. test/helpers/s3-gateway.ts runs it once per mocha run.
#
#   ceph-rgw.sh up DIR     start it; prints KEY=VALUE lines (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY,
#                          S3_SECRET_KEY, CEPH_CONF, CEPH_PIDS), also saved in DIR/env
#   ceph-rgw.sh down DIR   SIGKILL the daemons recorded in DIR/pids, then remove DIR
#
# Needs Debian's ceph-mon, ceph-osd and radosgw (.ci/run installs them), python3 and uuidgen (both
# pulled in by them). Environment knobs: CEPH_RGW_PORT, CEPH_MON_PORT (default: free ports),
# CEPH_MEMSTORE_BYTES (default 4 GiB), CEPH_UP_TIMEOUT (seconds, default 120), S3_ACCESS_KEY,
# S3_SECRET_KEY (default random), CEPH_CONF_EXTRA (lines for ceph.conf, e.g. $'debug rgw = 20').
#
# Why it starts in 3 s instead of 15 (each measured on Ceph 16.2.15, Debian 12):
# - memstore: objects live in the OSD's RAM, nothing is written but logs and the mon's small store;
# - paxos propose interval 0.01 s: by default every map change (each pool create) waits 1 s;
# - the 7 pools RGW needs are made up front by one interactive `ceph` session while the OSD boots:
#   left to RGW, the user create, the first bucket and the first object each stall seconds on them;
# - radosgw-admin starts only once the OSD logged "booting -> active": started earlier, it sees the
#   OSD at its next 5 s tick;
# - tcp_nodelay on the beast frontend: without it each small reply waits ~45 ms (Nagle vs. delayed ACK).
set -Eeuo pipefail

verb=${1:-} dir=${2:-}
if [[ $verb != up && $verb != down ]] || [[ -z $dir ]]; then echo "usage: $0 up|down DIR" >&2; exit 2; fi
if [[ $verb == down && ! -e $dir ]]; then exit 0; fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)   # the daemons chdir to /: every path they get must be absolute
conf=$dir/ceph.conf pids=$dir/pids marker=$dir/.made-by-ceph-rgw

# A recorded pid is ours only while its command line still names our ceph.conf (no pid-reuse
# accident after a crash); a zombie counts as dead, it waits only for its parent to reap it.
is_ours() { [[ -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$conf"; }
is_alive() { is_ours "$1" && [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) != Z ]]; }

kill_daemons() {
  [[ -f $pids ]] || return 0
  local pid rest
  # SIGKILL, not SIGTERM: on SIGTERM a memstore OSD first writes every object it holds to disk.
  while read -r pid _; do if is_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi; done <"$pids"
  for _ in $(seq 100); do
    rest=0
    while read -r pid _; do if is_alive "$pid"; then rest=1; fi; done <"$pids"
    ((rest)) || return 0
    sleep 0.1
  done
  echo "ceph-rgw.sh: daemons listed in $pids still run after 10 s" >&2
  return 1
}

if [[ $verb == down ]]; then
  kill_daemons
  # Remove only what this script made: a mistyped DIR must not wipe anything else.
  if [[ -e $marker ]]; then rm -rf -- "$dir"
  elif [[ -z $(ls -A "$dir") ]]; then rmdir -- "$dir"
  else echo "ceph-rgw.sh: $dir was not made by ceph-rgw.sh; left alone" >&2; exit 1
  fi
  exit 0
fi

# ---- up ----
if [[ -f $pids ]]; then
  while read -r pid _; do
    if is_alive "$pid"; then echo "ceph-rgw.sh: a cluster already runs in $dir (pid $pid); run: $0 down $dir" >&2; exit 1; fi
  done <"$pids"
fi
if [[ ! -e $marker && -n $(ls -A "$dir") ]]; then echo "ceph-rgw.sh: $dir is not empty and was not made by ceph-rgw.sh" >&2; exit 1; fi
find "$dir" -mindepth 1 -delete   # what a crashed run left
touch "$marker"
mkdir -p "$dir"/{log,run,mon,osd}

# DIR/log/steps timestamps every step: it tells where the start-up time went.
step() { step=$1; echo "$EPOCHREALTIME $1" >>"$dir/log/steps"; }
step start
on_failure() {
  [[ $BASHPID == "$$" ]] || return 0   # set -E runs the trap in $(…) subshells too: report once
  echo "ceph-rgw.sh up: FAILED at step '$step' (line $1). Last log lines:" >&2
  tail -n 8 "$dir"/log/*.log "$dir"/log/*.out >&2 2>/dev/null || true
  kill_daemons || true
  echo "ceph-rgw.sh: daemons killed; logs kept in $dir/log; '$0 down $dir' removes it" >&2
}
trap 'on_failure $LINENO' ERR

step "pick ports"
python=/usr/bin/python3
[[ -x $python ]] || python=python3
# Port 0 lets the kernel pick a free port. A port given must be free: else radosgw fails to bind
# while whoever holds the port answers the readiness check.
free_port() {
  "$python" -c 'import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); print(s.getsockname()[1])' "$1" 2>/dev/null ||
    { echo "port $1 is in use" >&2; return 1; }
}
mon_port=$(free_port "${CEPH_MON_PORT:-0}")
rgw_port=$(free_port "${CEPH_RGW_PORT:-0}")
deadline=$((SECONDS + ${CEPH_UP_TIMEOUT:-120}))
fsid=$(uuidgen)

# A daemon runs in the foreground (-f) as our background child, so $! is its own pid; its output
# goes to a file, so that whoever reads our stdout is not held open by the daemon.
spawn() { local name=$1; shift; "$@" -f -c "$conf" </dev/null >>"$dir/log/$name.out" 2>&1 & echo "$! $name" >>"$pids"; }
# A dead daemon fails the wait at once instead of at the deadline.
all_alive() { while read -r pid name; do is_alive "$pid" || { echo "$name (pid $pid) died; see $dir/log" >&2; return 1; }; done <"$pids"; }
wait_for() {
  local what=$1; shift
  until "$@"; do
    ((SECONDS < deadline)) || { echo "timed out waiting for $what" >&2; return 1; }
    all_alive
    sleep 0.1
  done
}
ceph_cli() { timeout $((deadline - SECONDS)) ceph -c "$conf" --connect-timeout 60 "$@" 2>>"$dir/log/cli.out"; }

step "write ceph.conf"
cat >"$conf" <<EOF
[global]
fsid = $fsid
# msgr2 only: the mon needs one port, not two
mon host = [v2:127.0.0.1:$mon_port]
ms bind msgr1 = false
public addr = 127.0.0.1
cluster addr = 127.0.0.1
keyring = $dir/keyring
log file = $dir/log/\$name.log
admin socket = $dir/run/\$name.asok
run dir = $dir/run
crash dir = $dir/crash
# one OSD: pools of size 1, CRUSH picks OSDs rather than hosts, and no health warning about it
osd pool default size = 1
osd pool default min size = 1
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon warn on insecure global id reclaim allowed = false
# 7 RGW pools of 8 PGs each: few enough for one memstore OSD to peer at once
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon max pg per osd = 1000
# a CI disk may have less than the 5% free the mon insists on by default
mon data avail crit = 0
mon data avail warn = 0
[mon]
mon data = $dir/mon
# the mon batches map changes for 1 s by default: every pool create would wait that long
paxos propose interval = 0.01
mon allow pool delete = true
[osd]
osd data = $dir/osd
# objects live in the OSD's RAM; the size is only what it reports (RGW answers 507 when full)
osd objectstore = memstore
memstore device bytes = ${CEPH_MEMSTORE_BYTES:-4294967296}
[client.rgw]
# tcp_nodelay: without it each small reply waits ~45 ms on a delayed ACK
rgw frontends = beast endpoint=127.0.0.1:$rgw_port tcp_nodelay=1
[global]
${CEPH_CONF_EXTRA:-}
EOF

step "make keys"
keyring=$dir/keyring
ceph-authtool "$keyring" --create-keyring --gen-key -n mon. --cap mon 'allow *' >/dev/null
ceph-authtool "$keyring" --gen-key -n client.admin --cap mon 'allow *' --cap osd 'allow *' --cap mgr 'allow *'
# The mon imports every key of this keyring at mkfs: no `ceph auth add` round trips later.
ceph-authtool "$keyring" --gen-key -n osd.0 --cap mon 'allow profile osd' --cap osd 'allow *' --cap mgr 'allow profile osd'
ceph-authtool "$keyring" --gen-key -n client.rgw --cap mon 'allow rw' --cap osd 'allow rwx' --cap mgr 'allow rw'

# Neither mkfs needs a running mon (--no-mon-config, or the OSD waits 5 minutes for one).
step "mkfs mon and osd"
monmaptool "$dir/monmap" --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" >/dev/null
ceph-mon -c "$conf" --mkfs -i a --monmap "$dir/monmap" --keyring "$keyring" >>"$dir/log/mkfs.out" 2>&1
osd_uuid=$(uuidgen)
ceph-osd -c "$conf" -i 0 --mkfs --osd-uuid "$osd_uuid" --no-mon-config >>"$dir/log/mkfs.out" 2>&1

step "start mon, register osd.0"
spawn mon ceph-mon -i a
[[ $(ceph_cli osd new "$osd_uuid") == 0 ]]

step "start osd, make the pools meanwhile"
spawn osd ceph-osd -i 0
# One interactive CLI session for all 14 commands spares ~0.5 s of python start-up each; it exits
# 0 even when a command fails, so its output is checked for errors.
for pool in .rgw.root default.rgw.{log,control,meta,buckets.index,buckets.data,buckets.non-ec}; do
  echo "osd pool create $pool 8"
  echo "osd pool application enable $pool rgw"
done | ceph_cli >>"$dir/log/cli.out"
if grep -E '^Error' "$dir/log/cli.out" >&2; then false; fi

step "wait for osd.0 to be active"
wait_for "osd.0 to boot" grep -q 'state: booting -> active' "$dir/log/osd.0.log"

step "make the S3 user (and RGW's default zone)"
access_key=${S3_ACCESS_KEY:-$(od -An -tx1 -N10 /dev/urandom | tr -d ' \n' | tr a-f A-F)}
secret_key=${S3_SECRET_KEY:-$(od -An -tx1 -N20 /dev/urandom | tr -d ' \n')}
timeout $((deadline - SECONDS)) radosgw-admin -c "$conf" user create --uid=test --display-name=test \
  --access-key="$access_key" --secret-key="$secret_key" >>"$dir/log/cli.out" 2>&1

step "start radosgw"
spawn rgw radosgw -n client.rgw
# bash's /dev/tcp, so no curl is needed; reading the whole answer keeps RGW's log quiet
answers_http() {
  ( exec 3<>"/dev/tcp/127.0.0.1/$rgw_port" && printf 'GET / HTTP/1.0\r\n\r\n' >&3 &&
    read -r -t 2 status <&3 && cat <&3 >/dev/null && [[ $status == "HTTP/1.1 200"* ]] ) 2>/dev/null
}
wait_for "radosgw on port $rgw_port" answers_http
all_alive
step ready
trap - ERR

tee "$dir/env" <<EOF
S3_ENDPOINT=http://127.0.0.1:$rgw_port
S3_REGION=us-east-1
S3_ACCESS_KEY=$access_key
S3_SECRET_KEY=$secret_key
CEPH_CONF=$conf
CEPH_PIDS=$pids
EOF
