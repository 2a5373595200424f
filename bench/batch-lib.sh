# Shared by the batch benchmarks (batch-bench.sh, xlsx-bench.sh, warehouse-bench.sh); sourced, not run.
# The caller sets `root` (the checkout) first.

# bench_jar: target/cchc.jar, built first when it is missing or older than the sources; prints its path.
bench_jar() {
  local jar="$root/target/cchc.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]; then
    echo "bench: building $jar" >&2
    (cd "$root" && mvn -B -q -DskipTests package >&2)
  fi
  echo "$jar"
}

# bench_batch DIR COUNT FORMATS [distinct]: fills DIR with COUNT documents copied in turn from the test corpus files
# with those extensions ("txt docx doc pdf"), named 00000-000.txt, 00001-000.docx, ... so that the batch is the same
# each time. With `distinct`, each copy gets a few trailing bytes every reader ignores (a text line, or bytes after
# a PDF's %%EOF, a ZIP's directory or an OLE file's last sector), so that each is a content, a report, of its own.
# Sets bench_sources to the corpus files used.
bench_batch() {
  local dir="$1" count="$2" formats="$3" distinct="${4:-}" corpus="$root/src/test/resources/corpus" ext f out i
  bench_sources=()
  for ext in $formats; do
    for f in "$corpus"/*."$ext"; do [ -f "$f" ] && bench_sources+=("$f"); done
  done
  if [ "${#bench_sources[@]}" -eq 0 ]; then echo "bench: no corpus files with extensions: $formats" >&2; return 2; fi
  mkdir -p "$dir"
  for ((i = 0; i < count; i++)); do
    f="${bench_sources[i % ${#bench_sources[@]}]}"
    out="$dir/$(printf '%05d' "$i")-$(basename "$f")"
    cp "$f" "$out"
    if [ -n "$distinct" ]; then
      case "$f" in
        *.txt) printf '\n%d\n' "$i" >> "$out" ;;
        *) printf '\n%% copy %d\n' "$i" >> "$out" ;;
      esac
    fi
  done
}
