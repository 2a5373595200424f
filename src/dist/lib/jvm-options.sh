# Sourced by the launchers (bin/cchc of the distribution, ./cchc of a source checkout); not run on its own.

# cchc_short_run ARG...: whether the command line names at most a few small files one by one (or none: standard
# input, --help, the catalogue), rather than a folder, a glob or a list of files. Such a run is mostly start-up,
# and HotSpot's optimising compiler (C2) then costs more than it gives: it compiles on the second core what the run
# no longer needs (about half the CPU time of a one-report run, bench/startup-bench.sh). A batch keeps it: its many
# files run on C2's faster code.
# A PDF or an image counts an eighth of its size: its bytes are mostly page images, whose Java work per page is small
# and the same for C1 (a 19-page 5.8 MB scan took 14.8 s of CPU with C1 only, 20.4 s with C2, 6.6 s of which C2
# compiling: bench/ocr-bench.sh). C2 pays for itself only over a hundred scanned pages or so, about 32 MB of them.
cchc_short_run() {
  local files=0 bytes=0 a size
  for a in "$@"; do
    case "$a" in
      --files-from | --files-from=*) return 1 ;;
      *[*?[{]*) [ -e "$a" ] || return 1 ;; # a glob the shell left for cchc to expand
    esac
    [ -d "$a" ] && return 1
    if [ -f "$a" ]; then
      files=$((files + 1))
      size=$(wc -c <"$a")
      case "$a" in
        *.[pP][dD][fF] | *.[pP][nN][gG] | *.[jJ][pP][gG] | *.[jJ][pP][eE][gG] | *.[tT][iI][fF] | *.[tT][iI][fF][fF]) size=$((size / 8)) ;;
      esac
      bytes=$((bytes + size))
      if [ "$files" -gt 4 ] || [ "$bytes" -gt 4194304 ]; then return 1; fi
    fi
  done
  return 0
}

# cchc_jit_options ARG...: the compiler options for this command line, one a line (none for a batch).
cchc_jit_options() {
  if cchc_short_run "$@"; then echo "-XX:TieredStopAtLevel=1"; fi
}
