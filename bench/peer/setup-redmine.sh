#!/usr/bin/env bash
# Installs Debian's Redmine 5.0 and prepares one instance for the peer benchmark: REST API on, groups
# assignable, a known admin password and an admin API key. Debian packages only (no RubyGems access).
# Idempotent: run it again and it only checks. Needs root (apt-get, dpkg, su www-data).
#
# Usage: bench/peer/setup-redmine.sh
#   PEER_DB=sqlite    (default) the package's own instance "default" on SQLite, created by dbconfig-common
#   PEER_DB=postgres  instance "peerpg" on PostgreSQL at PEER_PG_HOST:PEER_PG_PORT (user PEER_PG_USER, trust
#                     auth), database PEER_PG_REDMINE_DB (default redmine_peer), configured by hand
# Prints the instance name and writes the admin API key to $PEER_STATE/redmine-<instance>.key
# (PEER_STATE defaults to /var/tmp/plantrack-peer).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PEER_DB="${PEER_DB:-sqlite}"
PEER_PG_HOST="${PEER_PG_HOST:-127.0.0.1}"
PEER_PG_PORT="${PEER_PG_PORT:-5432}"
PEER_PG_USER="${PEER_PG_USER:-postgres}"
PEER_PG_REDMINE_DB="${PEER_PG_REDMINE_DB:-redmine_peer}"
PEER_STATE="${PEER_STATE:-/var/tmp/plantrack-peer}"
PEER_REDMINE_ADMIN_PASSWORD="${PEER_REDMINE_ADMIN_PASSWORD:-peer-bench-admin-1}"
REDMINE_HOME=/usr/share/redmine

# The trap this script exists for. bookworm-security's libruby3.1 (3.1.7-1~deb12u2) ships Bundler 2.3.27 as a
# default gem, and the `bundle` stub activates the highest installed Bundler. Bundler 2.3.27 treats a gem whose
# directory is missing as deleted (Gem::Specification#deleted_gem?), and Debian's pure-Ruby gem packages have
# only a gemspec under /usr/share/rubygems-integration (their code is in vendor_ruby), so redmine's postinst
# (`bundle install --local`) fails with "Bundler::GemNotFound: Could not find racc-1.6.2.gem for installation"
# (then websocket-driver-0.6.3, method_source-1.0.0, htmlentities-4.3.3, net-ldap-0.17.0, sprockets-3.7.2 ...).
# Debian's own ruby-bundler 2.3.15 carries the patch that exempts rubygems-integration paths, so every Bundler
# run here (postinst, rake, the app server) pins it. Exported, it survives dpkg and `su` (no login shell).
export BUNDLER_VERSION=2.3.15
export DEBIAN_FRONTEND=noninteractive

say() { echo "setup-redmine: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
	say "run as root (apt-get, dpkg and su www-data are needed)"
	exit 1
fi
mkdir -p "$PEER_STATE"

# 1. Answer dbconfig-common's questions in advance: the package's instance "default" on SQLite, no prompts.
debconf-set-selections <<'EOF'
redmine redmine/current-instances string default
redmine redmine/instances/default/dbconfig-install boolean true
redmine redmine/instances/default/database-type select sqlite3
redmine redmine/instances/default/default-language string en
redmine redmine/instances/default/dbconfig-upgrade boolean true
redmine redmine/instances/default/dbconfig-remove boolean true
EOF

# 2. Install from Debian only. A previous run that failed in postinst leaves packages half-configured:
#    finish them first with the pinned Bundler.
packages=(redmine redmine-sqlite redmine-pgsql puma wrk postgresql-client curl)
if dpkg --audit 2>/dev/null | grep -q .; then
	say "finishing half-configured packages (dpkg --configure -a)"
	dpkg --configure -a
fi
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	say "installing ${missing[*]}"
	apt-get install -y --no-install-recommends "${missing[@]}" >"$PEER_STATE/apt.log" 2>&1 || {
		apt-get update >>"$PEER_STATE/apt.log" 2>&1
		apt-get install -y --no-install-recommends "${missing[@]}" >>"$PEER_STATE/apt.log" 2>&1 || {
			say "apt-get install failed; last lines of $PEER_STATE/apt.log:"
			tail -20 "$PEER_STATE/apt.log" >&2
			exit 1
		}
	}
fi
dpkg-query -W -f='redmine ${Version}\n' redmine >&2

as_www() { su www-data -s /bin/sh -c "cd $REDMINE_HOME && $1"; }

# 3. The instance. SQLite: the package made it. PostgreSQL: by hand, the way dbconfig would.
if [ "$PEER_DB" = postgres ]; then
	instance=peerpg
	if [ ! -e "/etc/redmine/$instance/database.yml" ]; then
		say "creating instance $instance on PostgreSQL $PEER_PG_HOST:$PEER_PG_PORT/$PEER_PG_REDMINE_DB"
		"$REDMINE_HOME/bin/redmine-instances" create "$instance"
		cat >"/etc/redmine/$instance/database.yml" <<EOF
production:
  adapter: postgresql
  database: $PEER_PG_REDMINE_DB
  host: $PEER_PG_HOST
  port: $PEER_PG_PORT
  username: $PEER_PG_USER
  encoding: utf8
  pool: 16
EOF
		chown root:www-data "/etc/redmine/$instance/database.yml"
		chmod 0640 "/etc/redmine/$instance/database.yml"
	fi
	if [ ! -s "/etc/redmine/$instance/secret_key.txt" ]; then
		ruby -rsecurerandom -e 'puts SecureRandom.hex(16)' >"/etc/redmine/$instance/secret_key.txt"
		chown root:www-data "/etc/redmine/$instance/secret_key.txt"
		chmod 0640 "/etc/redmine/$instance/secret_key.txt"
	fi
	# the Gemfile adds the pg gem only when some instance's database.yml names postgresql: re-resolve the
	# lock against Debian's gems (the package keeps it in /var/lib/redmine)
	if ! grep -q '^    pg ' /var/lib/redmine/Gemfile.lock 2>/dev/null; then
		say "re-resolving Gemfile.lock with the pg adapter (bundle install --local)"
		rm -f /var/lib/redmine/Gemfile.lock
		(cd "$REDMINE_HOME" && bundle install --local --quiet)
		chown www-data:www-data /var/lib/redmine/Gemfile.lock
	fi
	if ! psql -h "$PEER_PG_HOST" -p "$PEER_PG_PORT" -U "$PEER_PG_USER" -Atc \
		"select 1 from pg_database where datname = '$PEER_PG_REDMINE_DB'" postgres | grep -q 1; then
		psql -h "$PEER_PG_HOST" -p "$PEER_PG_PORT" -U "$PEER_PG_USER" -qc "create database $PEER_PG_REDMINE_DB encoding 'UTF8'" postgres
	fi
	say "migrating $instance"
	as_www "REDMINE_INSTANCE=$instance RAILS_ENV=production SCHEMA=/dev/null bundle exec rake db:migrate >/dev/null"
	if ! as_www "REDMINE_INSTANCE=$instance RAILS_ENV=production bundle exec rails runner 'exit(Tracker.any? ? 0 : 1)'"; then
		as_www "REDMINE_INSTANCE=$instance RAILS_ENV=production REDMINE_LANG=en bundle exec rake redmine:load_default_data"
	fi
else
	instance=default
	if [ ! -e "/etc/redmine/$instance/database.yml" ]; then
		say "the package did not create instance 'default'; see $PEER_STATE/apt.log"
		exit 1
	fi
	# dbconfig's SQLite template sets no busy timeout: with two Puma workers writing at once, Redmine answered
	# 500 "SQLite3::BusyException: database is locked" to most concurrent issue creations. Wait instead.
	if ! grep -q '^  timeout:' "/etc/redmine/$instance/database.yml"; then
		sed -i 's/^\(  adapter: sqlite3\)$/\1\n  timeout: 10000/' "/etc/redmine/$instance/database.yml"
	fi
fi

# 4. Settings and the admin account, through Redmine's own models (no UI step).
cp "$here/redmine-configure.rb" "$PEER_STATE/redmine-configure.rb"
chmod 0644 "$PEER_STATE/redmine-configure.rb"
key=$(as_www "REDMINE_INSTANCE=$instance RAILS_ENV=production PEER_REDMINE_ADMIN_PASSWORD='$PEER_REDMINE_ADMIN_PASSWORD' \
	bundle exec rails runner $PEER_STATE/redmine-configure.rb" | tail -1)
if ! [[ "$key" =~ ^[0-9a-f]{40}$ ]]; then
	say "could not read the admin API key (got: $key)"
	exit 1
fi
echo "$key" >"$PEER_STATE/redmine-$instance.key"
chmod 0600 "$PEER_STATE/redmine-$instance.key"
say "instance $instance ready; admin API key in $PEER_STATE/redmine-$instance.key"
echo "$instance"
