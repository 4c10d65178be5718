-- post.lua: POST unique comments as JSON to the URL given on the command
-- line; every request body is different (thread id + counter). Counts 2xx
-- answers so they can be compared with the rows stored.
local counter = 0
local ok, other = 0, 0
local id = 0
local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    id = wrk.thread:get("id")
end

function request()
    counter = counter + 1
    local body = string.format(
        '{"body":"Benchmark comment %d from worker %d: the prosecutor fled to Israel in 2020 and the case goes on."}',
        counter, id)
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
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
