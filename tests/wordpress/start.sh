#!/usr/bin/env bash
# A real WordPress for the e2e tests (tests/e2e/wordpress.spec.mjs): Debian's
# wordpress, MariaDB and Apache with mod_php, listening on 127.0.0.1:8091 only
# (reached as http://127.0.0.1:8091 or http://localhost:8091), with the
# Peta MPP plugin (integrations/wordpress/peta-mpp) active.
#
#   tests/wordpress/start.sh http://127.0.0.1:4173/
#
# The argument is the Peta MPP address the plugin and the pasted HTML point
# to. Safe to run again: it then only refreshes the plugin, the setting and
# the posts (~1 s). Runs as root (re-runs itself with sudo -n otherwise).
# tests/wordpress/stop.sh stops Apache, and MariaDB if this script started it.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then exec sudo -n -- "$0" "$@"; fi

BASE=${1:?usage: tests/wordpress/start.sh PETA_MPP_BASE_URL (e.g. http://127.0.0.1:4173/)}
case "$BASE" in */) ;; *) BASE="$BASE/" ;; esac
case "$BASE" in http://*|https://*) ;; *) echo "start.sh: the base URL must start with http:// or https://" >&2; exit 2 ;; esac

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=8091
SITE="http://127.0.0.1:$PORT"
# shellcheck source=tests/wordpress/apache-state.sh
source "$HERE/apache-state.sh"
CONFIG=/etc/wordpress/config-peta-mpp-e2e.php   # SetEnv WORDPRESS_CONFIG peta-mpp-e2e
CONTENT=/var/lib/wordpress/wp-content           # Debian's WP_CONTENT_DIR
DB=petampp_e2e
DB_USER=petampp_e2e
DB_PASSWORD=peta-mpp-e2e-db                     # loopback-only test database
log() { printf 'wordpress: %s\n' "$*"; }
mkdir -p "$STATE"

# Debian's packages (tools/setup.sh installs them too).
php_module() { ls /usr/lib/apache2/modules/libphp*.so 2>/dev/null | head -n 1; }
if [ -f /usr/share/wordpress/wp-settings.php ] && [ -x /usr/sbin/apache2 ] && [ -n "$(php_module)" ] \
  && command -v mariadbd >/dev/null && command -v php >/dev/null; then :; else
  log "installing wordpress mariadb-server apache2 libapache2-mod-php php-cli…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordpress mariadb-server apache2 libapache2-mod-php php-cli
fi

# MariaDB: started here only if it is not running (no systemd: the init script).
if ! mysqladmin ping --silent >/dev/null 2>&1; then
  log "starting MariaDB"
  if command -v service >/dev/null; then timeout 90 service mariadb start >/dev/null 2>&1 || true; fi
  for _ in $(seq 1 60); do mysqladmin ping --silent >/dev/null 2>&1 && break; sleep 0.5; done
  # A server killed before (a session's end ends it) can leave a pid file
  # and socket behind that the init script trips over: clear them, start
  # the server directly and wait for its recovery.
  if ! mysqladmin ping --silent >/dev/null 2>&1; then
    log "starting MariaDB directly (stale state from an unclean stop)"
    pkill -9 -x mariadbd 2>/dev/null || true
    pkill -9 -f mysqld_safe 2>/dev/null || true
    rm -f /run/mysqld/mysqld.pid /run/mysqld/mysqld.sock
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    (mysqld_safe >/dev/null 2>&1 &)
    for _ in $(seq 1 180); do mysqladmin ping --silent >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  mysqladmin ping --silent >/dev/null 2>&1 || { echo "start.sh: MariaDB did not start" >&2; exit 1; }
  touch "$STATE/started-mariadb"
fi
mysql --protocol=socket -uroot <<SQL
CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON $DB.* TO '$DB_USER'@'localhost';
SQL

# Debian's /usr/share/wordpress/wp-config.php loads /etc/wordpress/config-<host>.php
# (<host> without the port: config-127.0.0.1.php) unless WORDPRESS_CONFIG names
# another file; this site uses its own name so that it claims no host.
CONFIG_VERSION="peta-mpp-e2e config 2"
if ! grep -qF "$CONFIG_VERSION" "$CONFIG" 2>/dev/null; then
  log "writing $CONFIG"
  salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
  umask 027
  cat >"$CONFIG.tmp" <<PHP
<?php
// $CONFIG_VERSION: written by tests/wordpress/start.sh of Peta MPP.
// A loopback-only test site; delete this file to forget it.
define( 'DB_NAME', '$DB' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASSWORD' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
// Answers as 127.0.0.1:$PORT and as localhost:$PORT (another site than an app
// on 127.0.0.1, as a regency's site is), with links to the host asked for.
\$peta_mpp_e2e_host = in_array( \$_SERVER['HTTP_HOST'] ?? '', array( '127.0.0.1:$PORT', 'localhost:$PORT' ), true )
  ? \$_SERVER['HTTP_HOST'] : '127.0.0.1:$PORT';
define( 'WP_HOME', 'http://' . \$peta_mpp_e2e_host );
define( 'WP_SITEURL', 'http://' . \$peta_mpp_e2e_host );
define( 'WP_CONTENT_DIR', '$CONTENT' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// No network: no update checks, no cron requests to itself.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$STATE/debug.log' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
PHP
  umask 022
  chown root:www-data "$CONFIG.tmp"
  mv "$CONFIG.tmp" "$CONFIG"
fi
touch "$STATE/debug.log"
chown www-data:www-data "$STATE/debug.log"

# Apache with its own configuration: one port on the loopback address.
cat >"$STATE/apache2.conf.new" <<CONF
# Written by tests/wordpress/start.sh: WordPress on $SITE only.
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$PORT
PidFile $STATE/apache2.pid
DefaultRuntimeDir $STATE
Mutex file:$STATE default
ErrorLog $STATE/error.log
LogLevel warn
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule php_module $(php_module)
User www-data
Group www-data
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 16
TypesConfig /etc/mime.types
LogFormat "%h %t \"%r\" %>s %b" short
CustomLog $STATE/access.log short
DocumentRoot /usr/share/wordpress
SetEnv WORDPRESS_CONFIG peta-mpp-e2e
Alias /wp-content $CONTENT
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
  DirectoryIndex index.php
  # Pretty permalinks (/%postname%/) without mod_rewrite.
  FallbackResource /index.php
</Directory>
<Directory $CONTENT>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\.php\$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
if apache_running && cmp -s "$STATE/apache2.conf.new" "$STATE/apache2.conf"; then
  rm "$STATE/apache2.conf.new"
else
  mv "$STATE/apache2.conf.new" "$STATE/apache2.conf"
  apache2 -t -f "$STATE/apache2.conf" 2>&1 | grep -v "Syntax OK" >&2 || true
  if apache_running; then
    log "reloading Apache"
    apache2 -f "$STATE/apache2.conf" -k graceful
  else
    log "starting Apache on $SITE"
    rm -f "$STATE/apache2.pid"
    apache2 -f "$STATE/apache2.conf" -k start
  fi
fi
for _ in $(seq 1 40); do
  curl -s -o /dev/null "$SITE/wp-includes/images/blank.gif" && break
  sleep 0.25
done
curl -sf -o /dev/null "$SITE/wp-includes/images/blank.gif" || {
  echo "start.sh: Apache does not answer on $SITE (see $STATE/error.log)" >&2
  tail -n 20 "$STATE/error.log" >&2 || true
  exit 1
}

# WordPress itself, the plugin (a copy, so Apache needs no access to the
# working tree), the users, the setting and the posts.
export WORDPRESS_CONFIG=peta-mpp-e2e
php "$HERE/setup-site.php" install
rm -rf "$CONTENT/plugins/peta-mpp"
cp -R "$ROOT/integrations/wordpress/peta-mpp" "$CONTENT/plugins/peta-mpp"
chmod -R a+rX "$CONTENT/plugins/peta-mpp"
php "$HERE/setup-site.php" content "$BASE"

# The site must answer, with the plugin's frame on the shortcode post.
page=$(curl -sf "$SITE/shortcode-author/") || { echo "start.sh: $SITE/shortcode-author/ does not answer" >&2; exit 1; }
grep -q 'data-peta-mpp' <<<"$page" || { echo "start.sh: no Peta MPP frame on $SITE/shortcode-author/" >&2; exit 1; }
echo "$SITE"
