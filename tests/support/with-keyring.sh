#!/bin/sh
# Runs a command in a private D-Bus session with an unlocked gnome-keyring, so
# keychain tests use a real Secret Service and never touch anyone's own.
# Usage: with-keyring.sh [--no-keyring] COMMAND [ARGS...]
set -eu
if [ "${IC_IN_PRIVATE_BUS:-}" != 1 ]; then
    command -v dbus-run-session >/dev/null || {
        echo "with-keyring.sh: dbus-run-session is missing (Debian package dbus-daemon)" >&2
        exit 1
    }
    if [ "${1:-}" = "--no-keyring" ]; then
        # A bus that cannot start any service: no Secret Service at all.
        config=$(mktemp /tmp/ic-bus-XXXXXX.conf)
        cat >"$config" <<'XML'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
XML
        status=0
        IC_IN_PRIVATE_BUS=1 dbus-run-session --config-file="$config" -- "$0" "$@" || status=$?
        rm -f "$config"
        exit "$status"
    fi
    IC_IN_PRIVATE_BUS=1 exec dbus-run-session -- "$0" "$@"
fi

home=$(mktemp -d /tmp/ic-keyring-XXXXXX)
cleanup() { rm -rf "$home"; }
trap cleanup EXIT INT TERM
export HOME="$home"
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

if [ "${1:-}" = "--no-keyring" ]; then
    shift
else
    command -v gnome-keyring-daemon >/dev/null || {
        echo "with-keyring.sh: gnome-keyring-daemon is missing (Debian package gnome-keyring)" >&2
        exit 1
    }
    # A throwaway keyring, unlocked with a throwaway password read from stdin.
    eval "$(printf '%s' "ic-test-$$" | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)"
    export GNOME_KEYRING_CONTROL
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
        i=$((i + 1))
        if [ "$i" -gt 50 ]; then
            echo "with-keyring.sh: gnome-keyring did not register org.freedesktop.secrets" >&2
            exit 1
        fi
        sleep 0.1
    done
fi

"$@"
