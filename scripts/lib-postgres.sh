# Starts a throw-away PostgreSQL server for the tests (sourced by scripts/test).
# Sets GRADUS_TEST_PG_URL; the server and its files go away when the calling shell exits.
gradus_start_test_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "PostgreSQL server binaries not found (package postgresql)" >&2
    return 1
  fi
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  done
  GRADUS_PG_DIR=$(mktemp -d /tmp/gradus-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root (TOOLCHAIN.md pitfall 7).
    chown postgres:postgres "$GRADUS_PG_DIR"
    as=(runuser -u postgres --)
  fi
  chmod 0700 "$GRADUS_PG_DIR"
  "${as[@]}" "$bindir/initdb" -D "$GRADUS_PG_DIR/data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$GRADUS_PG_DIR/initdb.log" 2>&1 \
    || { cat "$GRADUS_PG_DIR/initdb.log" >&2; return 1; }
  # Gradus accounts (members of the group roles, storage/ServerRoles) sign in with a password,
  # as on a clinic's server; the superuser the tests set up with stays trusted. Written
  # through the existing file so that it keeps its owner.
  local hba="$GRADUS_PG_DIR/data/pg_hba.conf"
  { printf '%s\n' \
      'host all +gradus_clinician 127.0.0.1/32 scram-sha-256' \
      'host all +gradus_clinician ::1/128 scram-sha-256' \
      'local all +gradus_clinician scram-sha-256'
    cat "$hba"; } >"$hba.new" && cat "$hba.new" >"$hba" && rm -f "$hba.new"
  "${as[@]}" "$bindir/pg_ctl" -D "$GRADUS_PG_DIR/data" -l "$GRADUS_PG_DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $GRADUS_PG_DIR -c fsync=off" start >/dev/null \
    || { cat "$GRADUS_PG_DIR/server.log" >&2; return 1; }
  GRADUS_PG_STOP=("${as[@]}" "$bindir/pg_ctl" -D "$GRADUS_PG_DIR/data" -m fast -w stop)
  export GRADUS_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "Test PostgreSQL server on 127.0.0.1:$port"
}

gradus_stop_test_postgres() {
  if [ -n "${GRADUS_PG_DIR:-}" ]; then
    "${GRADUS_PG_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$GRADUS_PG_DIR"
  fi
}
