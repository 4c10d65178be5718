-- status.lua: what read.lua, post.lua and mix.lua share. It counts the
-- 2xx and the other answers of each wrk thread and, when wrk is done,
-- prints one line "STATUS ok=N other=M p50_ms=X p99_ms=Y" that
-- bench/run.sh reads to compare the 2xx answers with the rows stored.
-- setup() also numbers the threads (their "id", from 1) for the scripts
-- that put a worker number in their request bodies.
--
-- The scripts load it with require "bench.wrk.status", which Lua finds
-- through "./?.lua" in its default package.path: wrk must run from the
-- repository's root, as bench/run.sh and bench/scale.sh do. (A path next
-- to the script would not do: run.sh runs a copy of mix.lua from a
-- temporary folder.)
local threads = {}
local ok, other = 0, 0

function setup(thread)
    thread:set("id", #threads + 1)
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
