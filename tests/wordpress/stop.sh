#!/usr/bin/env bash
# Stops what tests/wordpress/start.sh started: its Apache, and MariaDB if
# start.sh was the one that started it. The database and posts are kept.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then exec sudo -n -- "$0" "$@"; fi
STATE=/tmp/peta-mpp-wordpress

pid=$(cat "$STATE/apache2.pid" 2>/dev/null || true)
# Only this Apache: a stale pid file may name another process by now.
if [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-f $STATE/apache2.conf"; then
  apache2 -f "$STATE/apache2.conf" -k stop
  for _ in $(seq 1 40); do [ -f "$STATE/apache2.pid" ] || break; sleep 0.25; done
  echo "wordpress: Apache stopped"
fi
if [ -f "$STATE/started-mariadb" ]; then
  if command -v service >/dev/null; then service mariadb stop >/dev/null; else mysqladmin shutdown; fi
  rm -f "$STATE/started-mariadb"
  echo "wordpress: MariaDB stopped"
fi
