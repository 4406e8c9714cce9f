# Writing to a GitHub Actions log without letting any value forge a workflow
# command: the runner reads a line starting with `::` as a command, so a value
# with a newline (a hostile input, a file name) could start one. Sourced by the
# Action's scripts.

# A value escaped as GitHub's toolkit escapes a command's message: `%`, CR and
# LF become %25, %0D, %0A, so the value stays on the line it was written on.
escape_data() {
    local value="$1"
    value="${value//'%'/%25}"
    value="${value//$'\r'/%0D}"
    value="${value//$'\n'/%0A}"
    printf '%s' "$value"
}

# A command's property value (`title=…`): also `:` and `,`, which delimit properties.
escape_property() {
    local value
    value="$(escape_data "$1")"
    value="${value//:/%3A}"
    value="${value//,/%2C}"
    printf '%s' "$value"
}

# log_command LEVEL TITLE MESSAGE: one ::error/::warning/::notice annotation.
log_command() {
    printf '::%s title=%s::%s\n' "$1" "$(escape_property "$2")" "$(escape_data "$3")"
}

# Prints a file of untrusted text (a command's stderr) with workflow commands
# switched off around it, under a token nobody can guess from the text.
log_untrusted_file() {
    [ -s "$1" ] || return 0
    local token
    token="journey-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    printf '::stop-commands::%s\n' "$token"
    cat "$1"
    printf '\n::%s::\n' "$token"
}
