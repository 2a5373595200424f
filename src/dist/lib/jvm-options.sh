# Sourced by the launchers (bin/cchc of the distribution, ./cchc of a source checkout); not run on its own.

# cchc_short_run ARG...: whether the command line names at most a few small files one by one (or none: standard
# input, --help, the catalogue), rather than a folder, a glob or a list of files. Such a run is mostly start-up,
# and HotSpot's optimising compiler (C2) then costs more than it gives: it compiles on the second core what the run
# no longer needs (about half the CPU time of a one-report run, bench/startup-bench.sh). A batch keeps it: its many
# files run on C2's faster code.
cchc_short_run() {
  local files=0 bytes=0 a
  for a in "$@"; do
    case "$a" in
      --files-from | --files-from=*) return 1 ;;
      *[*?[{]*) [ -e "$a" ] || return 1 ;; # a glob the shell left for cchc to expand
    esac
    [ -d "$a" ] && return 1
    if [ -f "$a" ]; then
      files=$((files + 1))
      bytes=$((bytes + $(wc -c <"$a")))
      if [ "$files" -gt 4 ] || [ "$bytes" -gt 4194304 ]; then return 1; fi
    fi
  done
  return 0
}

# cchc_jit_options ARG...: the compiler options for this command line, one a line (none for a batch).
cchc_jit_options() {
  if cchc_short_run "$@"; then echo "-XX:TieredStopAtLevel=1"; fi
}
