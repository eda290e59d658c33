#!/usr/bin/env bash
# Measures Lotse under load on loopback, as docs/performance.md reports:
# start-up time, offer detail, offer list (filtered, page 50) and a mix of
# searches and place filters (near, step-free, open) latency (p50, p99)
# and requests per second with wrk, and peak RSS, for SQLite
# and PostgreSQL at 10,000 and 100,000 offers.
#
#   tools/perf/run.sh                      all four combinations
#   tools/perf/run.sh sqlite 10000         one combination
#
# Settings: DURATION (default 20s), CONNECTIONS (4), THREADS (2),
# PERF_DIR (/tmp/lotse-perf), PG_URL (postgres://postgres@127.0.0.1:5432),
# PERF_LANG (de): the interface language of the pages asked for, e.g. ar
# to measure pages that look up translations and run right to left.
# Datasets are generated once with `lotse seed synthetic` and reused.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
dir=${PERF_DIR:-/tmp/lotse-perf}
duration=${DURATION:-20s}
conns=${CONNECTIONS:-4}
threads=${THREADS:-2}
lang=${PERF_LANG:-de}
pg=${PG_URL:-postgres://postgres@127.0.0.1:5432}
mkdir -p "$dir"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

go build -o "$dir/lotse" ./cmd/lotse
bin="$dir/lotse"

dsn_for() { # db offers
	if [ "$1" = sqlite ]; then echo "$dir/sqlite-$2/lotse.db"; else echo "$pg/lotse_perf_$2?sslmode=disable"; fi
}

prepare() { # db offers
	local dsn; dsn=$(dsn_for "$1" "$2")
	if [ "$1" = postgres ]; then
		psql "$pg/postgres" -Atqc "select 1 from pg_database where datname='lotse_perf_$2'" | grep -q 1 ||
			psql "$pg/postgres" -qc "create database lotse_perf_$2"
	fi
	if ! LOTSE_DB=$dsn "$bin" region list 2>/dev/null | grep -q '^kreis-re'; then
		echo "  generating $2 offers on $1 (once)…" >&2
		LOTSE_DB=$dsn "$bin" seed synthetic --offers "$2" --region kreis-re >/dev/null
	fi
}

measure() { # db offers
	local db=$1 n=$2 port=18$((RANDOM % 900 + 100)) dsn log pid start ready
	dsn=$(dsn_for "$db" "$n")
	prepare "$db" "$n"
	log="$dir/server-$db-$n.log"
	sync
	start=$(date +%s%N)
	LOTSE_DB=$dsn LOTSE_DEMO=false LOTSE_LOG_LEVEL=warn "$bin" serve --addr "127.0.0.1:$port" >"$log" 2>&1 &
	pid=$!
	until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
		kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
		sleep 0.005
	done
	ready=$(( ($(date +%s%N) - start) / 1000000 ))
	local base="http://127.0.0.1:$port"
	# 2,000 detail pages spread over the whole dataset.
	: >"$dir/paths.txt"
	local pages=$(( n / 200 )) step page
	step=$(( pages / 10 )); [ $step -lt 1 ] && step=1
	for ((page = 1; page <= pages && $(wc -l <"$dir/paths.txt") < 2000; page += step)); do
		curl -fs "$base/api/hsds/kreis-re/services?minimal=true&per_page=200&page=$page" |
			grep -o '"id":"[0-9a-f-]*"' | cut -d'"' -f4 | sed "s|^|/kreis-re/$lang/offers/|" >>"$dir/paths.txt"
	done
	local list="/kreis-re/$lang/offers?town=marl&page=50"
	# Searches and the place filters of issue 4, round robin: text,
	# typos, near a postal code or town, step-free, open now or on a day.
	printf '%s\n' \
		"/kreis-re/$lang/offers?q=pflege+beratung" "/kreis-re/$lang/offers?q=Pfelgeberatung" \
		"/kreis-re/$lang/offers?q=deutschkurs&near=45768&km=10" "/kreis-re/$lang/offers?near=45657&km=5&stepfree=1" \
		"/kreis-re/$lang/offers?near=Dorsten&km=25&open=now" "/kreis-re/$lang/offers?open=$(date +%F)&town=herten" \
		"/kreis-re/$lang/offers?q=seniorentreff+kinder&stepfree=1" "/kreis-re/$lang/offers?q=sprachk&near=Marl" \
		>"$dir/filters.txt"
	curl -fs -o /dev/null "$base$list" || { echo "list page 50 does not exist at $n offers" >&2; exit 1; }
	curl -fs -o /dev/null "$base$(head -1 "$dir/paths.txt")"
	# The search index and places are built in the background after a
	# start (searches answer 503 until then, see docs/performance.md):
	# measure the steady state, once they are there.
	until curl -fs -o /dev/null "$base/kreis-re/$lang/offers?q=pflege&stepfree=1"; do sleep 0.2; done
	# Warm up, then measure.
	PATHS="$dir/paths.txt" wrk -t1 -c4 -d3s -s tools/perf/paths.lua "$base" >/dev/null
	wrk -t1 -c4 -d3s -H 'Accept-Encoding: gzip' "$base$list" >/dev/null
	local detail listres filters
	detail=$(PATHS="$dir/paths.txt" wrk -t"$threads" -c"$conns" -d"$duration" --latency -s tools/perf/paths.lua "$base")
	listres=$(wrk -t"$threads" -c"$conns" -d"$duration" --latency -H 'Accept-Encoding: gzip' -H "Accept-Language: $lang" "$base$list")
	PATHS="$dir/filters.txt" wrk -t1 -c4 -d3s -s tools/perf/paths.lua "$base" >/dev/null
	filters=$(PATHS="$dir/filters.txt" wrk -t"$threads" -c"$conns" -d"$duration" --latency -s tools/perf/paths.lua "$base")
	local rss
	rss=$(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$pid/status)
	kill -TERM $pid; wait $pid || true
	pct() { echo "$1" | awk -v p="$2" '$1 == p {print $2}'; }
	rps() { echo "$1" | awk '/Requests\/sec/ {printf "%d", $2}'; }
	errs() { echo "$1" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' '; }
	printf '| %s | %s | %s ms | %s / %s | %s | %s / %s | %s | %s / %s | %s | %s MB |%s\n' \
		"$db" "$n" "$ready" "$(pct "$detail" 50%)" "$(pct "$detail" 99%)" "$(rps "$detail")" \
		"$(pct "$listres" 50%)" "$(pct "$listres" 99%)" "$(rps "$listres")" \
		"$(pct "$filters" 50%)" "$(pct "$filters" 99%)" "$(rps "$filters")" "$rss" "$(errs "$detail$listres$filters")"
}

echo "Lotse $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, wrk -t$threads -c$conns -d$duration, pages in $lang, $(date -u +%Y-%m-%d)"
echo
echo "| database | offers | start-up | detail p50 / p99 | detail req/s | list p50 / p99 | list req/s | search+filters p50 / p99 | search+filters req/s | peak RSS |"
echo "|---|---|---|---|---|---|---|---|---|---|"
if [ $# -eq 2 ]; then
	measure "$1" "$2"
else
	for db in sqlite postgres; do for n in 10000 100000; do measure $db $n; done; done
fi
