# Sourced by tests/wordpress/start.sh and stop.sh: where the test site keeps
# its state, and whether its Apache runs.
STATE=/tmp/peta-mpp-wordpress

# Running = the pid file names a live process that is this Apache. A pid file
# left behind by a machine that stopped (a snapshot of /tmp, as CI's clean
# machine may start from) can name another process by then: never trust it.
apache_running() {
  local pid
  pid=$(cat "$STATE/apache2.pid" 2>/dev/null) || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] \
    && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF -- "-f $STATE/apache2.conf"
}
