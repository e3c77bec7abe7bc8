#!/usr/bin/env bash
# test_completion.sh COMPLETION_FILE PCITOPO
# Sources the bash completion and calls it as bash would (COMP_WORDS, COMP_CWORD), in a scratch
# directory with known files; then checks it offers every command and option of `pcitopo --help`.
set -uo pipefail
completion=$(realpath "$1") binary=$(realpath "$2")
source "$(dirname "$0")/usage.sh"
source "$completion" || { echo "FAIL: cannot source $completion"; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" && touch q35.xml pc.xml notes.txt && mkdir domains

failures=0 checks=0
# The candidates for the command line "$@" (the last word is the one being completed), sorted.
candidates() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _pcitopo
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
# expect "EXPECTED CANDIDATES" WORD...
expect() {
    local want=$1 got
    shift
    got=$(candidates "$@")
    checks=$((checks + 1))
    if [[ $got != "$want" ]]; then
        echo "FAIL: [$*] offers '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}
# offers CANDIDATE WORD...: CANDIDATE is among the candidates.
offers() {
    local want=$1 got
    shift
    got=" $(candidates "$@") "
    checks=$((checks + 1))
    if [[ $got != *" $want "* ]]; then
        echo "FAIL: [$*] does not offer '$want' (offers:$got)"
        failures=$((failures + 1))
    fi
}

expect "assign bench check diff explain help render show validate" pcitopo ""
expect "--dark --help --lang --version" pcitopo -
expect "pc.xml" pcitopo pc                         # "pcitopo FILE" opens the editor
expect "domains pc.xml q35.xml" pcitopo --dark ""       # the editor's options, then FILE
expect "de en" pcitopo --lang ""
expect "domains pc.xml q35.xml" pcitopo validate ""  # domain XML files and directories only
expect "domains pc.xml q35.xml" pcitopo validate q35.xml ""
expect "--connect --format --no-waivers" pcitopo validate -
expect "qemu:///session qemu:///system" pcitopo validate --connect ""
expect "--connect --format --timeout" pcitopo check -
expect "json text" pcitopo show --format ""
expect "--all --format" pcitopo diff -
expect "domains pc.xml q35.xml" pcitopo diff pc.xml ""
expect "json text" pcitopo validate --format ""
expect "json" pcitopo validate --format = j        # --format=j, split by COMP_WORDBREAKS
expect "json text" pcitopo validate --format =
expect "--in-place --output --policy -o" pcitopo assign -
expect "integrated libvirt numa reserve:" pcitopo assign --policy ""
expect "reserve:" pcitopo assign --policy r
expect "domains pc.xml q35.xml" pcitopo assign -o ""
expect "domains" pcitopo assign --output d
expect "png svg txt" pcitopo render --format ""
expect "domains notes.txt pc.xml q35.xml" pcitopo render -o ""  # any output name
expect "domains pc.xml q35.xml" pcitopo render -o notes.txt ""  # -o has its value: FILE next
expect "" pcitopo explain ""
expect "pc q35" pcitopo explain e1000 --machine ""
offers "pcie-root-port" pcitopo explain e1000 --into ""
expect "" pcitopo bench --runs ""
expect "domains" pcitopo bench --keep ""
expect "--format --keep --no-libvirt --quick --runs" pcitopo bench --
expect "" pcitopo validate -- -                   # after "--" only files (none start with -)
expect "" pcitopo --version ""

# Everything `pcitopo --help` lists is offered.
listed=0
while read -r command option; do
    listed=$((listed + 1))
    if [[ -z $option ]]; then
        offers "$command" pcitopo ""
    elif [[ $command == pcitopo ]]; then
        offers "$option" pcitopo -
    else
        offers "$option" pcitopo "$command" -
    fi
done < <(pcitopo_usage_words "$binary")
if ((listed < 6)); then
    echo "FAIL: could not read the commands from $binary --help"
    failures=$((failures + 1))
fi
echo "bash completion: $((checks - failures))/$checks checks pass ($listed commands and options from --help)"
((failures == 0))
