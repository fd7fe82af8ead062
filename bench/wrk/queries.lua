-- Cycles through the query set's search paths with the signed-in cookie, on the route the run
-- asks for (/search, /bench/bytes or /bench/pipeline), and appends measurement JSON lines when
-- done. Everything comes from the environment because wrk hands script arguments only to the
-- worker threads, not to done().
--   BENCH_QUERIES  queries.tsv (bucket, text, search path)
--   BENCH_ROUTE    path that replaces /search
--   BENCH_COOKIE   Cookie header of the signed-in session
--   BENCH_NAME     measurement name prefix, e.g. http_search_1c
--   BENCH_SIZE     S or M
--   BENCH_OUT      measurements file to append to

local paths = {}
local next_index = 0

local function load_paths()
  local route = os.getenv("BENCH_ROUTE") or "/search"
  for line in io.lines(os.getenv("BENCH_QUERIES")) do
    local path = line:match("\t([^\t]+)$")
    if path then
      paths[#paths + 1] = (path:gsub("^/search", route))
    end
  end
end

local thread_count = 0

function setup(thread)
  -- Each thread starts at a different query so concurrent requests are not all the same one.
  thread:set("first_index", thread_count * 7)
  thread_count = thread_count + 1
end

function init(args)
  load_paths()
  next_index = (first_index or 0) % #paths
  wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end

local function line(name, value, unit, notes)
  local note = notes and string.format(',"notes":"%s"', notes) or ""
  return string.format('{"name":"%s","value":%.4f,"unit":"%s","size":"%s"%s}\n',
    name, value, unit, os.getenv("BENCH_SIZE"), note)
end

function done(summary, latency, requests)
  local name = os.getenv("BENCH_NAME")
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  local notes = nil
  if errors > 0 then
    notes = string.format("%d of %d requests failed", errors, summary.requests)
  end
  local seconds = summary.duration / 1e6
  local out = io.open(os.getenv("BENCH_OUT"), "a")
  out:write(line(name .. "_p50", latency:percentile(50) / 1000, "ms", notes))
  out:write(line(name .. "_p99", latency:percentile(99) / 1000, "ms", notes))
  out:write(line(name .. "_rps", (summary.requests - errors) / seconds, "rps", notes))
  out:close()
end
