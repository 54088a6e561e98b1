#!/usr/bin/env bash
# Stops what tests/wordpress/start.sh started: its Apache, and MariaDB if
# start.sh was the one that started it. The database and posts are kept.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then exec sudo -n -- "$0" "$@"; fi
# shellcheck source=tests/wordpress/apache-state.sh
source "$(dirname "$0")/apache-state.sh"

if apache_running; then
  apache2 -f "$STATE/apache2.conf" -k stop
  for _ in $(seq 1 40); do [ -f "$STATE/apache2.pid" ] || break; sleep 0.25; done
  echo "wordpress: Apache stopped"
fi
if [ -f "$STATE/started-mariadb" ]; then
  if command -v service >/dev/null; then service mariadb stop >/dev/null; else mysqladmin shutdown; fi
  rm -f "$STATE/started-mariadb"
  echo "wordpress: MariaDB stopped"
fi
