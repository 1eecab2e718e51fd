#!/bin/bash
# Runs a command against a real Secret Service: a throwaway GNOME Keyring, unlocked with a
# throwaway password, inside the current private D-Bus session. Use it as
#   dbus-run-session -- bash with-keyring.sh COMMAND [ARGS...]
# The keyring files live in a temporary directory (never the user's keyrings); the daemon is
# stopped and the directory removed afterwards. Exits with the command's status.
set -euo pipefail

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "with-keyring.sh: no D-Bus session; run it under dbus-run-session" >&2
    exit 2
fi
if [[ $# -eq 0 ]]; then
    echo "usage: with-keyring.sh COMMAND [ARGS...]" >&2
    exit 2
fi

scratch=$(mktemp -d)
chmod 700 "$scratch"
mkdir -m 700 "$scratch/data" "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data"      # keyrings/ is created here
export XDG_RUNTIME_DIR="$scratch/runtime" # the daemon's control socket

keyring_pid=""
cleanup() {
    if [[ -n "$keyring_pid" ]]; then
        kill "$keyring_pid" 2>/dev/null || true
        wait "$keyring_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# --foreground keeps the daemon our child, so $! is its pid; the password arrives on stdin.
gnome-keyring-daemon --foreground --unlock --components=secrets \
    < <(printf '%s' "throwaway-keyring-password-$$") > /dev/null &
keyring_pid=$!

# Blocks until the daemon owns the Secret Service name on the bus (no polling).
if ! gdbus wait --session --timeout 20 org.freedesktop.secrets; then
    echo "with-keyring.sh: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
    exit 3
fi

status=0
"$@" || status=$?
exit "$status"
