-- Cycles through a file of request paths (one per line) and prints a JSON summary when the run ends.
-- Usage: wrk -t2 -c16 -d10s -s cycle.lua http://127.0.0.1:8000 -- paths.txt [threads] [offset]
-- Each thread takes its own slice of the list, starting `offset` paths into it, so that threads never send the
-- same query at the same moment and a later run can continue where the previous one stopped.

local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

function init(args)
   local file = args[1]
   if file == nil then
      error("usage: wrk ... -s cycle.lua URL -- PATHS_FILE")
   end
   paths = {}
   for line in io.lines(file) do
      if #line > 0 then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no request paths in " .. file)
   end
   local thread_count = tonumber(args[2]) or 2
   local offset = tonumber(args[3]) or 0
   counter = (offset + math.floor((thread_index or 0) * #paths / thread_count)) % #paths
end

function request()
   counter = counter % #paths + 1
   return wrk.format("GET", paths[counter])
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local out = string.format(
      '{"requests": %d, "seconds": %.3f, "rps": %.2f, "bytes": %d, ' ..
      '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
      '"latency_ms": {"mean": %.3f, "stdev": %.3f, "p50": %.3f, "p90": %.3f, "p99": %.3f, "max": %.3f}}',
      summary.requests, seconds, summary.requests / seconds, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency.mean / 1000, latency.stdev / 1000,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000)
   io.write("BENCH_JSON " .. out .. "\n")
end
