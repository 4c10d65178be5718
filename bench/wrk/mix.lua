-- mix.lua: 95 % reads of the thread page, 5 % unique comment posts.
-- wrk.path is the article page; POSTs go to POST_PATH below, which
-- run.sh substitutes for the article's API URL.
local counter = 0
local ok, other = 0, 0
local id = 0
local threads = {}
local post_path = "POST_PATH"

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    id = wrk.thread:get("id")
end

function request()
    counter = counter + 1
    if counter % 20 == 0 then
        local body = string.format(
            '{"body":"Mixed load comment %d from worker %d about the extradition case."}',
            counter, id)
        return wrk.format("POST", post_path,
            {["Content-Type"] = "application/json"}, body)
    end
    return wrk.format("GET", nil)
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
