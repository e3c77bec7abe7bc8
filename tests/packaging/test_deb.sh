#!/usr/bin/env bash
# test_deb.sh BUILD_DIR VERSION
# Builds the .deb with CPack, checks its control fields and contents, then (as root) installs it
# with apt, runs the installed pcitopo, and purges exactly the packages the install added, so the
# machine is left as it was. Not root, or pcitopo already installed: it stops after the checks.
set -euo pipefail
build=$1 version=$2
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
for tool in cpack dpkg-deb; do command -v $tool >/dev/null || skip "$tool is not installed"; done

out=$build/package-test
rm -rf "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out.log" 2>&1 ||
    { cat "$out.log"; fail "cpack"; }
deb=$(ls "$out"/pcitopo_"$version"_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) kB)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# dpkg-shlibdeps (dpkg-dev) finds the linked libraries; libqt6svg6 is the SVG icon plugin's.
names=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}')
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6; do
    grep -qxF "$package" <<<"$names" || fail "Depends lacks $package"
done
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/pcitopo usr/bin/pcitopo-editor usr/libexec/pcitopo/pcitopo-libvirt-helper \
    usr/libexec/pcitopo/pcitopo-png-helper usr/share/applications/org.pcitopo.pcitopo.desktop \
    usr/share/metainfo/org.pcitopo.pcitopo.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.pcitopo.pcitopo.svg \
    usr/share/man/man1/pcitopo.1.gz usr/share/bash-completion/completions/pcitopo \
    usr/share/doc/pcitopo/changelog.gz \
    usr/share/pcitopo/examples/q35-desktop.xml usr/share/pcitopo/examples/pc-server.xml; do
    grep -q " \./$path\$" <<<"$contents" || fail "the package lacks /$path"
done

# The package's tree as installed: the metainfo's desktop file is where AppStream looks for it.
tree=$(ls -d "$out"/_CPack_Packages/*/DEB/pcitopo-"$version"-*/)
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net --pedantic "$tree" || fail "appstreamcli validate-tree"
fi

[[ $(id -u) == 0 ]] || skip "not root: $deb built and checked, not installed"
command -v apt-get >/dev/null || skip "no apt-get"
if dpkg-query -W -f '${Status}' pcitopo 2>/dev/null | grep -q installed; then
    skip "pcitopo is already installed on this machine; the test leaves it alone"
fi
installed() { dpkg-query -W -f '${Package}\n' | sort; }
before=$(installed)
cleanup() {
    local added
    added=$(comm -13 <(echo "$before") <(installed) | tr '\n' ' ')
    [[ -z $added ]] || DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq \
        -o DPkg::Lock::Timeout=300 $added >/dev/null || echo "could not purge: $added"
}
trap cleanup EXIT
# --no-install-recommends: install what Depends needs and nothing the cleanup cannot account for.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "$deb" >/dev/null || fail "apt-get install $deb"

[[ $(/usr/bin/pcitopo --version) == "pcitopo $version" ]] ||
    fail "/usr/bin/pcitopo --version says '$(/usr/bin/pcitopo --version)'"
for example in /usr/share/pcitopo/examples/*.xml; do
    /usr/bin/pcitopo validate "$example" >/dev/null || fail "pcitopo validate $example"
done
# The editor starts from the package alone (offscreen: CI has no display) and draws a window.
shot=$(mktemp --suffix=.png)
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/pcitopo --screenshot "$shot" \
    /usr/share/pcitopo/examples/q35-desktop.xml 2>/dev/null || fail "the installed editor"
[[ $(head -c 4 "$shot" | tail -c 3) == PNG ]] || fail "the installed editor wrote no PNG"
# PNG output runs in the installed helper (/usr/libexec/pcitopo), which pcitopo finds by itself.
/usr/bin/pcitopo render /usr/share/pcitopo/examples/q35-desktop.xml -o "$shot" ||
    fail "the installed render --format png"
[[ $(head -c 4 "$shot" | tail -c 3) == PNG ]] || fail "the installed png helper wrote no PNG"
rm -f "$shot"
bash -c 'source /usr/share/bash-completion/completions/pcitopo && complete -p pcitopo' >/dev/null ||
    fail "the installed bash completion does not register"
echo "installed $(basename "$deb"): --version, validate of every example, render png and the editor run; purged"
