#!/bin/sh
# Put Care Organiser in this user's application menu, without root:
#   the program        ~/.local/lib/careorganiser/ (this whole folder, copied)
#   a launcher         ~/.local/bin/careorganiser (a link to the program)
#   the menu entry     $XDG_DATA_HOME/applications/org.careorganiser.CareOrganiser.desktop
#   the icon           $XDG_DATA_HOME/icons/hicolor/scalable/apps/org.careorganiser.CareOrganiser.svg
#   the metainfo       $XDG_DATA_HOME/metainfo/org.careorganiser.CareOrganiser.metainfo.xml
# ($XDG_DATA_HOME is ~/.local/share when unset.) Every file and folder it makes is listed in
# ~/.local/lib/careorganiser/installed-files.txt; uninstall.sh removes exactly those.
# The records (the data folder, ~/.local/share/CareOrganiser) are never touched by either script.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
APP_ID=org.careorganiser.CareOrganiser

data_home=${XDG_DATA_HOME:-}
case $data_home in
    /*) ;;
    *) data_home=$HOME/.local/share ;;  # unset or relative: the default, as the XDG spec says
esac
app_dir=$HOME/.local/lib/careorganiser
bin_dir=$HOME/.local/bin
manifest=$app_dir/installed-files.txt

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

[ -x "$here/careorganiser" ] && [ -d "$here/_internal" ] || fail "run it from the unpacked Care Organiser folder"
[ -f "$here/share/applications/$APP_ID.desktop" ] || fail "the desktop entry is missing from $here/share"
if [ -e "$app_dir" ] && [ ! -f "$manifest" ]; then
    fail "$app_dir exists and was not made by this script; move it away first"
fi
if [ -e "$bin_dir/careorganiser" ] && [ "$(readlink "$bin_dir/careorganiser" || true)" != "$app_dir/careorganiser" ]; then
    fail "$bin_dir/careorganiser exists and is not this script's link; move it away first"
fi
if [ "$here" = "$(cd "$app_dir" 2>/dev/null && pwd -P || true)" ]; then
    fail "this copy is already the installed one"
fi

# An earlier install is replaced: its files go first (the same list uninstall.sh reads).
if [ -f "$manifest" ]; then
    sh "$here/uninstall.sh" --quiet
fi

created=""
make_dir() {  # mkdir -p, remembering each folder made so that uninstall.sh can take it away again
    missing=""
    dir=$1
    while [ ! -d "$dir" ]; do
        missing="$dir
$missing"
        dir=$(dirname "$dir")
    done
    mkdir -p "$1"
    created="$created$missing"
}

# Exec= value: quoted as the Desktop Entry Specification asks when the path needs it.
desktop_exec() {
    case $1 in
        *[!A-Za-z0-9/._+-]*)
            escaped=$(printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
            printf '"%s"' "$escaped" ;;
        *) printf '%s' "$1" ;;
    esac
}

make_dir "$HOME/.local/lib"
tmp_dir=$app_dir.part
rm -rf "$tmp_dir"
cp -R "$here/." "$tmp_dir"
mv "$tmp_dir" "$app_dir"

desktop=$data_home/applications/$APP_ID.desktop
icon=$data_home/icons/hicolor/scalable/apps/$APP_ID.svg
metainfo=$data_home/metainfo/$APP_ID.metainfo.xml
launcher=$bin_dir/careorganiser

make_dir "$(dirname "$desktop")"
program=$(desktop_exec "$app_dir/careorganiser")
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec=%s\n' "$program" ;;
        TryExec=*) ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/$APP_ID.desktop" > "$desktop.part"
mv "$desktop.part" "$desktop"

make_dir "$(dirname "$icon")"
cp "$here/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$icon"
make_dir "$(dirname "$metainfo")"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
make_dir "$bin_dir"
ln -sfn "$app_dir/careorganiser" "$launcher"

{
    printf 'file %s\n' "$desktop" "$icon" "$metainfo" "$launcher"
    printf '%s' "$created" | while IFS= read -r dir; do
        [ -n "$dir" ] && printf 'dir %s\n' "$dir"
    done
} > "$manifest"

# A menu that keeps an icon cache finds the new icon only after the cache is renewed; no cache, nothing to do.
if [ -f "$data_home/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
fi

echo "Care Organiser is installed: find it in the application menu, or run $launcher"
echo "To remove it: sh $app_dir/uninstall.sh (your records stay where they are)"
