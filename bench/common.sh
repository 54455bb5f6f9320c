# Shared by bench/scaling.sh, render_scaling.sh and compare_peers.sh (sourced).

# median RUNS COMMAND...: runs COMMAND (its output thrown away) RUNS times and
# prints "seconds peak_kb" of the median run by time (GNU time's %e and %M).
# A command that fails is reported on standard error and counted as it ran.
median() {
  local runs=$1 out=() t
  shift
  t=$(mktemp)
  for ((k = 0; k < runs; k++)); do
    /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null 2>"$t.err" || {
      echo "failed: $*" >&2; tail -3 "$t.err" >&2; }
    out+=("$(tail -1 "$t")")
  done
  rm -f "$t" "$t.err"
  printf '%s\n' "${out[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

# generated BUILD_DIR N OUT [FORMAT]: the plan of N indicators (seed 1), or its
# equivalent records for the peers (FORMAT ledger or json), read once into the
# page cache so that every tool starts alike.
generated() {
  "$1/planc_gen" --indicators "$2" --seed 1 ${4:+--format "$4"} > "$3"
  cat "$3" > /dev/null
}
