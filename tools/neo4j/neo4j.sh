#!/usr/bin/env bash
# Fetch, run and stop a local Neo4j 5.26 Community server for Harmonie development and tests.
#
#   bash tools/neo4j/neo4j.sh start|stop|status      (npm run neo4j:start / neo4j:stop)
#
# No Docker and no tarball download: the server jars come from Maven Central (tools/neo4j/pom.xml)
# and the JVM is started directly with org.neo4j.server.CommunityEntryPoint.
#
# AUTHENTICATION IS DISABLED (dbms.security.auth_enabled=false). This is a deliberate decision for
# a dev/test instance that listens on 127.0.0.1 only; never expose it on another interface.
#
# Environment:
#   HARMONIE_NEO4J_DIR   state dir (conf, data, logs, pid)      default <repo>/.neo4j
#   HARMONIE_NEO4J_LIB   jar dir, shared between instances      default <repo>/.neo4j/lib
#   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1                 default 7687
#   NEO4J_HTTP_PORT      if set, enable the HTTP connector on 127.0.0.1:<port> (off by default)
#   NEO4J_HEAP_SIZE      JVM heap (-Xms = -Xmx)                 default 512m
#   NEO4J_PAGECACHE_SIZE page cache                             default 128m
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt               default 90
#   NEO4J_STOP_TIMEOUT   seconds to wait after SIGTERM          default 60
set -euo pipefail

# Resolve paths from the script location so it works from any cwd.
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
POM="$SCRIPT_DIR/pom.xml"

abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }

BASE_DIR=$(abspath "${HARMONIE_NEO4J_DIR:-$REPO_ROOT/.neo4j}")
LIB_DIR=$(abspath "${HARMONIE_NEO4J_LIB:-$REPO_ROOT/.neo4j/lib}")
HOME_DIR="$BASE_DIR/home"
CONF_DIR="$HOME_DIR/conf"
LOGS_DIR="$HOME_DIR/logs"
RUN_DIR="$BASE_DIR/run"
PID_FILE="$RUN_DIR/neo4j.pid"
PORT_FILE="$RUN_DIR/bolt.port" # port of the running instance, for status/"already running"
CONSOLE_LOG="$LOGS_DIR/console.log"

BOLT_PORT=${NEO4J_BOLT_PORT:-7687}
HTTP_PORT=${NEO4J_HTTP_PORT:-}
HEAP=${NEO4J_HEAP_SIZE:-512m}
PAGECACHE=${NEO4J_PAGECACHE_SIZE:-128m}
START_TIMEOUT=${NEO4J_START_TIMEOUT:-90}
STOP_TIMEOUT=${NEO4J_STOP_TIMEOUT:-60}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Pinned so the fetch does not depend on Maven's default plugin version (2.8 on Maven 3.8).
DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

log() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: error: %s\n' "$*" >&2; exit 1; }

# Milliseconds since epoch; EPOCHREALTIME needs bash 5, otherwise fall back to whole seconds.
now_ms() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); else echo $(($(date +%s) * 1000)); fi
}
secs_since() { local d=$(($(now_ms) - $1)); printf '%d.%01ds' $((d / 1000)) $((d % 1000 / 100)); }

# True if something accepts TCP connections on 127.0.0.1:<port> (bash /dev/tcp, no extra tools).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Print the last lines of the console log (or neo4j.log if the console log is empty) to stderr.
show_log_tail() {
  local f="$CONSOLE_LOG"
  [[ -s $f ]] || f="$LOGS_DIR/neo4j.log"
  if [[ -s $f ]]; then
    printf -- '--- last 30 lines of %s ---\n' "$f" >&2
    tail -n 30 "$f" >&2
    printf -- '---\n' >&2
  fi
}

# Pid of our running server, or empty. A pid file whose process is gone (or was recycled for an
# unrelated process) is stale and is removed.
running_pid() {
  [[ -f $PID_FILE ]] || return 0
  local pid args
  pid=$(<"$PID_FILE")
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    # Check it is really our server (pids get recycled); trust kill -0 if we cannot look.
    if [[ -r /proc/$pid/cmdline ]]; then
      args=$(tr '\0' ' ' <"/proc/$pid/cmdline")
    elif command -v ps >/dev/null 2>&1; then
      args=$(ps -p "$pid" -o args= 2>/dev/null || true)
    else
      args="CommunityEntryPoint --home-dir=$HOME_DIR"
    fi
    if [[ $args == *CommunityEntryPoint*"--home-dir=$HOME_DIR"* ]]; then
      echo "$pid"
      return 0
    fi
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
}

running_uri() { echo "bolt://127.0.0.1:$(cat "$PORT_FILE" 2>/dev/null || echo "$BOLT_PORT")"; }

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (need Java 17 or 21; install openjdk-17-jre-headless or set JAVA_HOME)"
  local v
  v=$("$JAVA" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)
  [[ -n $v && $v -ge 17 ]] || die "Neo4j 5.26 needs Java 17 or 21, found: $("$JAVA" -version 2>&1 | head -n 1)"
}

# Copy the server jars into LIB_DIR unless they are already there for the pom's Neo4j version.
ensure_jars() {
  local version marker="$LIB_DIR/.neo4j-version"
  version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")
  [[ -n $version ]] || die "cannot read <neo4j.version> from $POM"
  if [[ -f $marker && $(<"$marker") == "$version" ]]; then return 0; fi

  command -v mvn >/dev/null 2>&1 || die "mvn not found (needed once to fetch Neo4j $version jars from Maven Central; apt-get install maven)"
  log "fetching Neo4j $version jars from Maven Central into $LIB_DIR ..."
  local t0 tmp fetch_log="$RUN_DIR/maven-fetch.log"
  t0=$(now_ms)
  # Fetch into a temp dir and swap it in, so an interrupted fetch never looks complete.
  mkdir -p "$(dirname "$LIB_DIR")"
  tmp=$(mktemp -d "$LIB_DIR.tmp.XXXXXX")
  if ! mvn -B -q -Dstyle.color=never -f "$POM" "$DEP_PLUGIN:copy-dependencies" \
    -DoutputDirectory="$tmp" -DincludeScope=runtime >"$fetch_log" 2>&1 \
    || [[ ! -f $tmp/neo4j-$version.jar ]]; then
    rm -rf "$tmp"
    # Only Maven's first real error lines (colour codes stripped); the full log stays on disk.
    sed $'s/\x1b\\[[0-9;]*m//g' "$fetch_log" | grep '^\[ERROR\] [^ ]' \
      | grep -v -e 'Re-run Maven' -e '\[Help 1\] http' -e 'For more information' -e 'full stack trace' | head -n 3 >&2 || true
    die "Maven fetch of org.neo4j:neo4j:$version failed (full log: $fetch_log)"
  fi
  echo "$version" >"$tmp/.neo4j-version"
  rm -rf "$LIB_DIR"
  mv "$tmp" "$LIB_DIR"
  log "fetched $(find "$LIB_DIR" -name '*.jar' | wc -l | tr -d ' ') jars in $(secs_since "$t0")"
}

# Regenerated on every start so port/memory env changes take effect. Neo4j 5 validates strictly:
# an unknown key aborts startup, so only 5.x setting names belong here.
write_conf() {
  mkdir -p "$CONF_DIR" "$HOME_DIR/data" "$LOGS_DIR"
  {
    echo "# Generated by tools/neo4j/neo4j.sh on every start; edits are overwritten."
    echo "# Dev/test instance: AUTHENTICATION IS DISABLED and everything binds to 127.0.0.1 only."
    echo "server.directories.data=$HOME_DIR/data"
    echo "server.directories.logs=$LOGS_DIR"
    echo "server.memory.heap.initial_size=$HEAP"
    echo "server.memory.heap.max_size=$HEAP"
    echo "server.memory.pagecache.size=$PAGECACHE"
    echo "dbms.security.auth_enabled=false"
    echo "server.default_listen_address=127.0.0.1"
    echo "server.bolt.listen_address=127.0.0.1:$BOLT_PORT"
    echo "# Advertise the real port; otherwise Neo4j advertises :7687 (e.g. in HTTP discovery)."
    echo "server.bolt.advertised_address=127.0.0.1:$BOLT_PORT"
    echo "server.bolt.tls_level=DISABLED"
    if [[ -n $HTTP_PORT ]]; then
      echo "server.http.enabled=true"
      echo "server.http.listen_address=127.0.0.1:$HTTP_PORT"
    else
      echo "server.http.enabled=false"
    fi
    echo "dbms.usage_report.enabled=false"
    echo "# Keep transaction logs small: no 256 MiB preallocation per database, keep one file."
    echo "db.tx_log.preallocate=false"
    echo "db.tx_log.rotation.retention_policy=1 files"
    echo "# Internal setting (Bolt's netty quiet period, default 5s, paid twice): 'stop' ~2s instead of ~12s."
    echo "internal.dbms.bolt.netty_server_shutdown_quiet_period=0"
  } >"$CONF_DIR/neo4j.conf"
}

cmd_start() {
  mkdir -p "$RUN_DIR"
  local pid
  pid=$(running_pid)
  if [[ -n $pid ]]; then
    log "already running (pid $pid) at $(running_uri)"
    return 0
  fi
  [[ $BOLT_PORT =~ ^[0-9]+$ ]] || die "NEO4J_BOLT_PORT must be a number, got '$BOLT_PORT'"
  if [[ -n $HTTP_PORT && ! $HTTP_PORT =~ ^[0-9]+$ ]]; then die "NEO4J_HTTP_PORT must be a number, got '$HTTP_PORT'"; fi
  check_java
  # Check before starting: otherwise Neo4j fails late with a bind error deep in its log.
  port_open "$BOLT_PORT" && die "port $BOLT_PORT on 127.0.0.1 is already in use by another process (set NEO4J_BOLT_PORT)"
  if [[ -n $HTTP_PORT ]] && port_open "$HTTP_PORT"; then die "port $HTTP_PORT on 127.0.0.1 is already in use (NEO4J_HTTP_PORT)"; fi

  local t0
  t0=$(now_ms)
  ensure_jars
  write_conf

  # Flags: heap mirrors the conf (we bypass Neo4j's launcher, which would normally derive it).
  # The add-opens are what Neo4j's own launcher passes on Java 17+; without java.nio the page
  # cache warns "Reflection access to java.nio.DirectByteBuffer is not available, using fallback mode".
  local jvm=(
    "-Xms$HEAP" "-Xmx$HEAP"
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    -Dfile.encoding=UTF-8
  )
  local t1
  t1=$(now_ms)
  # nohup + </dev/null: the server outlives this script and the terminal/CI step that ran it.
  nohup "$JAVA" "${jvm[@]}" -cp "$LIB_DIR/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$HOME_DIR" --config-dir="$CONF_DIR" --console-mode \
    >"$CONSOLE_LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  echo "$BOLT_PORT" >"$PORT_FILE"

  # Ready = Bolt accepts TCP and Neo4j logged "Started." (databases are online by then).
  local deadline=$(($(now_ms) + START_TIMEOUT * 1000))
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE" "$PORT_FILE"
      show_log_tail
      die "Neo4j exited during startup (see $CONSOLE_LOG)"
    fi
    if port_open "$BOLT_PORT" && grep -q 'INFO  Started\.' "$CONSOLE_LOG" 2>/dev/null; then break; fi
    if (($(now_ms) > deadline)); then
      show_log_tail
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$PID_FILE" "$PORT_FILE"
      die "Neo4j did not open Bolt port $BOLT_PORT within ${START_TIMEOUT}s; killed it (see $CONSOLE_LOG)"
    fi
    sleep 0.25
  done
  log "started (pid $pid) in $(secs_since "$t1") (total $(secs_since "$t0")); auth disabled, logs in $LOGS_DIR"
  log "ready at bolt://127.0.0.1:$BOLT_PORT"
}

cmd_stop() {
  local pid
  pid=$(running_pid)
  if [[ -z $pid ]]; then
    log "not running ($BASE_DIR)"
    return 0
  fi
  local t0
  t0=$(now_ms)
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$(($(now_ms) + STOP_TIMEOUT * 1000))
  while kill -0 "$pid" 2>/dev/null; do
    if (($(now_ms) > deadline)); then
      log "pid $pid did not exit ${STOP_TIMEOUT}s after SIGTERM; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$PID_FILE" "$PORT_FILE"
  log "stopped (pid $pid) in $(secs_since "$t0")"
}

cmd_status() {
  local pid
  pid=$(running_pid)
  if [[ -n $pid ]]; then
    log "running (pid $pid) at $(running_uri)"
    return 0
  fi
  log "not running ($BASE_DIR)"
  return 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: bash tools/neo4j/neo4j.sh start|stop|status" >&2
    exit 2
    ;;
esac
