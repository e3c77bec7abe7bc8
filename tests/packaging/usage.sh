# Sourced by the packaging tests: what `pcitopo --help` documents, as "COMMAND OPTION" lines
# ("COMMAND" alone for a command; "pcitopo OPTION" for the options before any command).
pcitopo_usage_words() {
    local line rest command word
    "$1" --help | while IFS= read -r line; do
        [[ $line =~ pcitopo\ (.*) ]] || continue
        rest=${BASH_REMATCH[1]}
        command=${rest%% *}
        if [[ $command =~ ^[a-z]+$ ]]; then
            echo "$command"
            rest=${rest#"$command"}
        else
            command=pcitopo
        fi
        # An option starts a word: "-o", "[--format", "| --in-place]", not "pcie-root".
        for word in $(grep -oE '(^|[^A-Za-z0-9-])--?[a-z][a-z-]*' <<<"$rest" | grep -oE -- '--?[a-z][a-z-]*'); do
            echo "$command $word"
        done
    done
}
