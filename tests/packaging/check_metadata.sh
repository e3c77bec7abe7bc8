#!/usr/bin/env bash
# check_metadata.sh desktop|appstream|icon|manpage|changelog PACKAGING_DIR VERSION [PCITOPO]
# The validators distributions run on the desktop file, the AppStream metadata and the man page,
# plus what they cannot know: the version everywhere is the project's, and the man page
# documents every command and option `pcitopo --help` lists.
set -euo pipefail
mode=$1 dir=$2 version=$3 binary=${4:-}
id=org.pcitopo.pcitopo
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
need() { command -v "$1" >/dev/null || skip "$1 is not installed (Debian package $2)"; }

case $mode in
desktop)
    need desktop-file-validate desktop-file-utils
    # It prints hints as well as errors; any line is a finding.
    findings=$(desktop-file-validate "$dir/$id.desktop" 2>&1) || fail "$findings"
    [[ -z $findings ]] || fail "$findings"
    grep -qx "Icon=$id" "$dir/$id.desktop" || fail "Icon= is not $id"
    echo "desktop-file-validate: $id.desktop passes"
    ;;
appstream)
    need appstreamcli appstream
    # --no-net: the screenshot URL is checked for form (https), not fetched.
    appstreamcli validate --no-net --pedantic "$dir/$id.metainfo.xml" || fail "appstreamcli validate"
    newest=$(grep -oE '<release version="[^"]+"' "$dir/$id.metainfo.xml" | head -1 | cut -d'"' -f2)
    [[ $newest == "$version" ]] || fail "newest <release> is $newest, the project is $version"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dir/$id.metainfo.xml" ||
        fail "the launchable is not $id.desktop"
    # The screenshot published at the https URL is docs/screenshot.png: same size.
    need python3 python3
    python3 - "$dir/$id.metainfo.xml" "$dir/../docs/screenshot.png" <<'PY' || fail "screenshot"
import re, struct, sys
declared = re.search(r'<image type="source" width="(\d+)" height="(\d+)"', open(sys.argv[1]).read())
with open(sys.argv[2], "rb") as png:
    header = png.read(24)
actual = struct.unpack(">II", header[16:24])  # the IHDR chunk's width and height
assert tuple(map(int, declared.groups())) == actual, f"metainfo says {declared.groups()}, png is {actual}"
PY
    echo "appstreamcli validate: $id.metainfo.xml passes; release $newest"
    ;;
icon)
    need python3 python3
    python3 - "$dir/icons/$id.svg" <<'PY' || fail "icon"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
x, y, w, h = (float(v) for v in root.get("viewBox").split())
assert w == h, f"viewBox {w}x{h} is not square"
print(f"icon: {sys.argv[1]} is SVG, viewBox {w:g}x{h:g}")
PY
    ;;
manpage)
    need groff groff-base
    page=$dir/pcitopo.1
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    [[ -z $warnings ]] || fail "groff: $warnings"
    grep -q "^\.TH PCITOPO 1 .*\"pcitopo $version\"" "$page" || fail ".TH does not say pcitopo $version"
    source "$(dirname "$0")/usage.sh"
    text=$(sed 's/\\-/-/g' "$page")
    missing=0 count=0
    while read -r command option; do
        word=${option:-$command}
        [[ $word == pcitopo ]] && continue
        count=$((count + 1))
        grep -qE -- "(^|[^a-z-])$word([^a-z-]|$)" <<<"$text" ||
            { echo "missing from pcitopo.1: $command $option"; missing=1; }
    done < <(pcitopo_usage_words "$binary")
    ((count > 5)) || fail "could not read the commands from $binary --help"
    ((missing == 0)) || fail "pcitopo.1 lacks what pcitopo --help lists"
    echo "groff -ww: no warnings; pcitopo.1 documents all $count commands and options of --help"
    ;;
changelog)
    need dpkg-parsechangelog dpkg-dev
    top=$(dpkg-parsechangelog -l "$dir/debian/changelog" -S Version) || fail "changelog does not parse"
    [[ $top == "$version" ]] || fail "debian/changelog's newest entry is $top, the project is $version"
    echo "dpkg-parsechangelog: debian/changelog parses; newest entry $top"
    ;;
*) fail "unknown mode $mode" ;;
esac
