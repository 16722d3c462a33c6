#!/bin/sh
# Take Care Organiser out of this user's application menu: removes exactly what install.sh put there (the list is
# ~/.local/lib/careorganiser/installed-files.txt) and the program folder. The records (the data folder,
# ~/.local/share/CareOrganiser, with every profile and backup) are never touched.
set -eu

app_dir=$HOME/.local/lib/careorganiser
manifest=$app_dir/installed-files.txt
quiet=${1:-}

if [ ! -f "$manifest" ]; then
    echo "uninstall.sh: Care Organiser is not installed for this user (no $manifest)" >&2
    exit 1
fi

# Files first (a launcher link only if it still points at this program), then the folders install.sh made,
# deepest first, each only if it is empty now.
while IFS= read -r entry; do
    kind=${entry%% *}
    path=${entry#* }
    if [ "$kind" = file ]; then
        if [ -L "$path" ]; then
            [ "$(readlink "$path")" = "$app_dir/careorganiser" ] && rm -f "$path"
        elif [ -f "$path" ]; then
            rm -f "$path"
        fi
    fi
done < "$manifest"

dirs=$(sed -n 's/^dir //p' "$manifest" | sort -r)
rm -rf "$app_dir"
printf '%s\n' "$dirs" | while IFS= read -r dir; do
    [ -n "$dir" ] && rmdir "$dir" 2>/dev/null || true
done

[ "$quiet" = "--quiet" ] || echo "Care Organiser is removed. Your records are still in the data folder."
