-- read.lua: GET the URL given on the command line and count 2xx answers.
local ok, other = 0, 0
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function response(status, headers, body)
    if status >= 200 and status < 300 then ok = ok + 1 else other = other + 1 end
    wrk.thread:set("ok", ok)
    wrk.thread:set("other", other)
end

function done(summary, latency, requests)
    local tok, toth = 0, 0
    for _, t in ipairs(threads) do
        tok = tok + (t:get("ok") or 0)
        toth = toth + (t:get("other") or 0)
    end
    io.write(string.format("STATUS ok=%d other=%d p50_ms=%.2f p99_ms=%.2f\n",
        tok, toth, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
